import { cueGaps, nearestCueKind, type Cue } from './cues';
import type { FoundTerm } from './found-term';
import { Lexicon } from './lexicon';
import { parseLocaleNumber } from './numbers';
import { execAll, LETTER, WORD_CHAR, WORD_END } from './regex';
import type { Token } from './tokens';

const NUM = String.raw`\d+(?:[.,]\d+)?`;
/** "%", or the word, also as an adjective stem: "15-процентная", "15-prozentiger", "۱۵ درصدی". */
const PERCENT_WORD = `(?:%|(?:percent|per cent|pct|prozent[${LETTER}]*|pour cent|por ciento|процент[${LETTER}]*|відсот[${LETTER}]*|درصد(?:ی)?)${WORD_END})`;
/** "15%", "15 %", "10–15%" (a range: the rep offers up to the upper bound). */
const PERCENT_RE = new RegExp(`(?<![${WORD_CHAR}.,])(${NUM})(?:\\s?[-–]\\s?(${NUM}))?[\\s-]?${PERCENT_WORD}`, 'g');

type Kind = 'discount' | 'veto';

/**
 * "save" but not "savings": "fuel savings of 8%" is what the product does for the customer, not a price term
 * ("Customers save 8% on fuel" still reads as a discount: the verb is how reps phrase offers). No "Skonto" either:
 * an early-payment discount is a payment term that appears in every German quote, not an offer to compare.
 */
const DISCOUNT = new Lexicon([
  ...['discount*', 'reduction', 'reductions', 'rebate', 'rebates', 'markdown', 'save', 'saves'],
  ...['cheaper', 'price cut'],
  ...['rabatt*', 'nachlass*', 'preisnachlass*', 'ermäßigung*', 'ermässigung*', 'vergünstigung*', 'sparen'],
  ...['sparst', 'günstiger', 'abschlag'],
  ...['remise', 'remises', 'réduction', 'réductions', 'rabais', 'ristourne', 'ristournes', 'économis*', 'moins cher'],
  ...['descuento', 'descuentos', 'rebaja', 'rebajas', 'ahorr*', 'reducción', 'más barato'],
  ...['скидк*', 'дешевле', 'эконом*', 'сэконом*', 'уценк*'],
  ...['знижк*', 'дешевше', 'економ*', 'заощад*'],
  ...['تخفیف', 'ارزان‌تر', 'ارزان تر', 'صرفه‌جویی', 'صرفه جویی'],
]);

const VETO = new Lexicon([
  // Taxes are percentages of a price, never a discount on it.
  ...['vat', 'tax*', 'mwst', 'mehrwertsteuer', 'ust', 'umsatzsteuer', 'steuer*', 'tva', 'taxe', 'taxes', 'iva'],
  ...['impuesto*', 'ндс', 'налог*', 'пдв', 'подат*', 'مالیات', 'ارزش افزوده'],
  // Growth and price increases.
  ...['increase*', 'grew', 'grow*', 'rise', 'rises', 'rose', 'risen', 'raise*', 'hike', 'hikes', 'higher', 'uplift'],
  ...['inflation', 'erhöh*', 'gestiegen', 'steig*', 'wachstum', 'gewachsen', 'zuwachs', 'höher'],
  ...['augment*', 'hausse', 'croissance', 'plus cher', 'aument*', 'subida', 'crec*', 'más caro'],
  ...['повыш*', 'рост', 'вырос*', 'подорож*', 'увелич*', 'дороже'],
  ...['підвищ*', 'зрост*', 'зріс', 'зросл*', 'збільш*', 'дорожче', 'افزایش', 'رشد', 'گران‌تر', 'گران تر'],
  // Certainty and commitment ("100% sure").
  ...['sure', 'certain', 'confident', 'committed', 'commitment', 'sicher', 'überzeugt', 'sûr', 'sûrs', 'sûre'],
  ...['sûres', 'certaine', 'certains', 'certaines', 'seguro', 'segura', 'seguros', 'seguras', 'уверен*', 'впевнен*'],
  ...['مطمئن'],
  // Operational metrics.
  ...['uptime', 'availability', 'sla', 'battery', 'accuracy', 'utilisation', 'utilization', 'verfügbarkeit', 'akku*'],
  ...['batterie', 'disponibilit*', 'batería', 'precisión', 'précision', 'genauigkeit', 'аптайм', 'доступност*'],
  ...['доступніст*', 'батаре*', 'заряд*', 'точност*', 'آپتایم', 'باتری'],
]);

const CUES: readonly Cue<Kind>[] = [
  { kind: 'discount', lexicon: DISCOUNT, before: 60, after: 40 },
  // "15% off" only right after the number: "15% of drivers took the day off" is not a discount.
  { kind: 'discount', lexicon: new Lexicon(['off']), before: -1, after: 2 },
  { kind: 'veto', lexicon: VETO, before: 40, after: 30 },
  // "15% of our drivers", "15% der Fahrer": a share of something, not a price term.
  { kind: 'veto', lexicon: new Lexicon(['of', 'der', 'des']), before: -1, after: 1 },
];

/** Vetoes first: on an equal distance, "not an offer" is the safer reading. */
const PRIORITY: readonly Kind[] = ['veto', 'discount'];

/**
 * Discount percentages. A percent is a discount only when the nearest context word says so ("15% off", "скидка
 * 15%", "۱۵٪ تخفیف"); "100% sure", "VAT 20%", "grew 15%" and bare statistics are not offers. Reads lower-case text.
 */
export function findDiscounts(text: string, tokens: readonly Token[]): FoundTerm[] {
  if (!/\d/.test(text)) return [];
  const matches = execAll(PERCENT_RE, text);
  const found: FoundTerm[] = [];
  matches.forEach((match, i) => {
    const start = match.index;
    const end = start + match[0].length;
    const previous = matches[i - 1];
    const lowerBound = previous ? previous.index + previous[0].length : 0;
    const upperBound = matches[i + 1]?.index ?? text.length;
    const first = parseLocaleNumber(match[1] ?? '', true);
    const second = match[2] === undefined ? undefined : parseLocaleNumber(match[2], true);
    const value = second === undefined ? first : Math.max(first ?? 0, second);
    if (value === undefined || value <= 0 || value > 100) return;

    const sign = text.charAt(start - 1);
    const signed = (sign === '-' || sign === '+') && !/\d/.test(text.charAt(start - 2));
    if (signed && sign === '+') return; // "+5%": an increase
    const gaps = cueGaps(text, tokens, { start, end, lowerBound, upperBound }, CUES);
    // "−15% on the annual plan": a minus sign in front is the marketing way to write a discount.
    if (signed) gaps.set('discount', 0);
    if (nearestCueKind(gaps, PRIORITY) !== 'discount') return;
    found.push({ start: signed ? start - 1 : start, end, offer: { kind: 'discount', discountPercent: value } });
  });
  return found;
}
