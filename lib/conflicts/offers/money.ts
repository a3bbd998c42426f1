import { currencyOf, PREFIX_CURRENCY_SOURCE, SUFFIX_CURRENCY_SOURCE } from './currencies';
import type { FoundTerm } from './found-term';
import { NUMBER_SOURCE, parseLocaleNumber } from './numbers';
import { byLengthDesc, execAll, LETTER, WORD_CHAR, WORD_END } from './regex';

/** "12k", "$1.2M": a letter glued to the number. */
const ATTACHED_MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, bn: 1e9 };

/** Written-out magnitudes in our languages ("1.2 million", "1,2 Mio.", "12 млн", "۱۲ میلیون"). */
const WORD_MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  mln: 1e6,
  tausend: 1e3,
  tsd: 1e3,
  millionen: 1e6,
  mio: 1e6,
  mrd: 1e9,
  mille: 1e3,
  mil: 1e3,
  millón: 1e6,
  millones: 1e6,
  тыс: 1e3,
  тысяч: 1e3,
  тысячи: 1e3,
  млн: 1e6,
  миллион: 1e6,
  миллиона: 1e6,
  миллионов: 1e6,
  млрд: 1e9,
  тис: 1e3,
  тисяч: 1e3,
  тисячі: 1e3,
  мільйон: 1e6,
  мільйона: 1e6,
  мільйонів: 1e6,
  هزار: 1e3,
  میلیون: 1e6,
  میلیارد: 1e9,
};

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const WORD_MULTIPLIER_SOURCE = [
  ...new Set(Object.keys(WORD_MULTIPLIERS).flatMap((word) => [word, capitalised(word)])),
].sort(byLengthDesc);

const NOT_LETTER = `(?![${LETTER}])`;
const MULTIPLIER = `(?:(?<attached>${Object.keys(ATTACHED_MULTIPLIERS).sort(byLengthDesc).join('|')})${NOT_LETTER}|\\s?(?<word>${WORD_MULTIPLIER_SOURCE.join('|')})${NOT_LETTER}\\.?)`;

/** Not inside another token: not after a digit, letter, separator, "#" (ticket), "+" (phone), ":" (time). */
const NUMBER_START = `(?<![${WORD_CHAR}.,#+/:'-])`;
const NUMBER_END = String.raw`(?!\d|[.,]\d)`;

const PREFIX_RE = new RegExp(
  `(?<currency>${PREFIX_CURRENCY_SOURCE})\\s?(?<number>${NUMBER_SOURCE})${NUMBER_END}${MULTIPLIER}?${WORD_END}`,
  'g',
);
const SUFFIX_RE = new RegExp(
  `${NUMBER_START}(?<number>${NUMBER_SOURCE})${NUMBER_END}${MULTIPLIER}?\\s?(?<currency>${SUFFIX_CURRENCY_SOURCE})`,
  'g',
);

function amountOf(match: RegExpMatchArray): { amount: number; currency: string } | undefined {
  const groups = match.groups ?? {};
  const currency = currencyOf(groups['currency'] ?? '');
  const attached = groups['attached'];
  const word = groups['word'];
  const multiplier =
    (attached ? ATTACHED_MULTIPLIERS[attached] : undefined) ??
    (word ? WORD_MULTIPLIERS[word.toLowerCase()] : undefined) ??
    1;
  // With a magnitude word, "1.250 million" means 1.25 million, not 1250 million.
  const value = parseLocaleNumber(groups['number'] ?? '', multiplier !== 1);
  if (!currency || value === undefined || value <= 0) return undefined;
  // Round to cents: 1.1 × 1e6 is 1100000.0000000002 in floating point.
  const amount = Math.round(value * multiplier * (currency.factor ?? 1) * 100) / 100;
  return { amount, currency: currency.code };
}

/**
 * Amounts of money. Only numbers that carry a currency symbol, code or word count, which is what keeps phone
 * numbers, ticket numbers, dates, versions and "40 vehicles" out.
 */
export function findPrices(text: string): FoundTerm[] {
  if (!/\d/.test(text)) return [];
  const found: FoundTerm[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end);

  for (const re of [PREFIX_RE, SUFFIX_RE]) {
    for (const match of execAll(re, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue; // "$12,000 USD" is one price
      const price = amountOf(match);
      if (!price) continue;
      taken.push([start, end]);
      found.push({ start, end, offer: { kind: 'price', price } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
