/**
 * Locale-independent number reading. Reps write "12 000", "12,000.50", "12.000,50", "CHF 1'200" or "۱۲٬۰۰۰"; the
 * extractor first maps every script's digits and separators to ASCII (one character for one, so indices into the
 * normalised text still point at the original), then parses the grouping.
 */

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;
const ARABIC_DECIMAL_SEPARATOR = '\u066B'; // ٫
const ARABIC_THOUSANDS_SEPARATOR = '\u066C'; // ٬

/** NBSP, narrow NBSP (French "15 %"), thin space and figure space: all used to group digits. */
const GROUPING_SPACES = /[\u00A0\u202F\u2009\u2007]/;

const NUMERAL_CHARS = /[\u0660-\u0669\u06F0-\u06F9\u066B\u066C\u00A0\u202F\u2009\u2007]/g;

function asciiNumeral(char: string): string {
  if (char === ARABIC_DECIMAL_SEPARATOR) return '.';
  if (char === ARABIC_THOUSANDS_SEPARATOR) return ',';
  if (GROUPING_SPACES.test(char)) return ' ';
  const code = char.charCodeAt(0);
  const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
  return String.fromCharCode(0x30 + code - zero);
}

/** Persian/Arabic-Indic digits and separators to ASCII, exotic spaces to ' '. Keeps the string length. */
export function normalizeNumerals(text: string): string {
  return text.replace(NUMERAL_CHARS, asciiNumeral);
}

const GROUPED = String.raw`\d{1,3}(?:[ ,.']\d{3})+(?:[.,]\d+)?`;
/** Indian lakh grouping: "₹5,00,000". */
const LAKH = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?`;
const PLAIN = String.raw`\d+(?:[.,]\d+)?`;

/**
 * A number as written in any of our locales, on normalised text. Grouped forms come first so "12 000" is one
 * number, not "12"; parseLocaleNumber rejects candidates whose grouping is inconsistent.
 */
export const NUMBER_SOURCE = `(?:${LAKH}|${GROUPED}|${PLAIN})`;

const LAKH_RE = new RegExp(`^${LAKH}$`);
const GROUP_SEPARATORS = /[ ,.']/g;

/**
 * Parses a number token ("12,000.50", "12.000,50", "12 000", "1'200", "۱۲٬۰۰۰").
 *
 * A single "," or "." followed by exactly three digits is a thousands separator ("12,500" is 12500, not 12.5):
 * in prices that reading is far more common in every locale we serve. `preferDecimal` turns this off where a
 * fraction is the likely reading ("1.250 million", "12.5%"). Returns undefined for malformed grouping.
 */
export function parseLocaleNumber(raw: string, preferDecimal = false): number | undefined {
  const text = normalizeNumerals(raw).trim();
  if (!/^\d[\d ,.']*$/.test(text)) return undefined;
  if (LAKH_RE.test(text)) return Number(text.replace(/,/g, ''));

  let integer = text;
  let fraction = '';
  const marks = text.match(/[.,]/g) ?? [];
  if (marks.length > 0) {
    const at = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
    const tail = text.slice(at + 1);
    const head = text.slice(0, at);
    let lastIsDecimal: boolean;
    if (new Set(marks).size === 2)
      lastIsDecimal = true; // "12,000.50" / "12.000,50"
    else if (marks.length > 1)
      lastIsDecimal = false; // "1.200.000"
    else if (/[ ']/.test(text))
      lastIsDecimal = true; // "12 000,50"
    else lastIsDecimal = preferDecimal || tail.length !== 3 || /^0+$/.test(head);
    if (lastIsDecimal) {
      integer = head;
      fraction = tail;
      if (integer.includes(text.charAt(at)) || !/^\d+$/.test(fraction)) return undefined;
    }
  }

  const separators = new Set(integer.match(GROUP_SEPARATORS) ?? []);
  if (separators.size > 1) return undefined;
  const groups = integer.split(GROUP_SEPARATORS);
  if (groups.some((group) => !/^\d+$/.test(group))) return undefined;
  if (groups.length > 1 && ((groups[0]?.length ?? 0) > 3 || groups.slice(1).some((group) => group.length !== 3))) {
    return undefined;
  }
  const value = Number(groups.join('') + (fraction ? `.${fraction}` : ''));
  return Number.isFinite(value) ? value : undefined;
}
