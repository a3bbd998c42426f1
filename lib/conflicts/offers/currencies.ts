import { byLengthDesc, escapeRegExp, LETTER } from './regex';

/**
 * How currencies are written, mapped to ISO 4217. Codes are matched case-sensitively ("USD", never "usd" inside
 * prose), words in lower case and capitalised.
 */
interface CurrencyForm {
  code: string;
  /** Multiply the written amount by this to get the ISO currency's major unit. */
  factor?: number;
}

const SYMBOLS: Readonly<Record<string, string>> = {
  US$: 'USD',
  $: 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  '€': 'EUR',
  '£': 'GBP',
  '₽': 'RUB',
  '₴': 'UAH',
  // "¥" is also the yuan's sign; in our users' mail it is overwhelmingly yen.
  '¥': 'JPY',
  '₹': 'INR',
  '﷼': 'IRR',
  '₺': 'TRY',
  zł: 'PLN',
};

const CODES = ['USD', 'EUR', 'GBP', 'RUB', 'UAH', 'CHF', 'JPY', 'INR', 'IRR', 'CAD', 'AUD', 'PLN', 'CNY', 'SEK'];
const CODES_AFTER_ONLY = ['NOK', 'DKK', 'CZK', 'TRY', 'AED'];

const WORDS: Readonly<Record<string, CurrencyForm>> = {
  dollar: { code: 'USD' },
  dollars: { code: 'USD' },
  dólar: { code: 'USD' },
  dólares: { code: 'USD' },
  доллар: { code: 'USD' },
  доллара: { code: 'USD' },
  долларов: { code: 'USD' },
  долар: { code: 'USD' },
  долара: { code: 'USD' },
  доларів: { code: 'USD' },
  دلار: { code: 'USD' },
  euro: { code: 'EUR' },
  euros: { code: 'EUR' },
  евро: { code: 'EUR' },
  євро: { code: 'EUR' },
  یورو: { code: 'EUR' },
  pound: { code: 'GBP' },
  pounds: { code: 'GBP' },
  руб: { code: 'RUB' },
  рубль: { code: 'RUB' },
  рубля: { code: 'RUB' },
  рублей: { code: 'RUB' },
  грн: { code: 'UAH' },
  гривня: { code: 'UAH' },
  гривні: { code: 'UAH' },
  гривень: { code: 'UAH' },
  гривен: { code: 'UAH' },
  franken: { code: 'CHF' },
  yen: { code: 'JPY' },
  rupees: { code: 'INR' },
  ریال: { code: 'IRR' },
  // Prices in Iran are usually quoted in tomans, a unit of account worth 10 rials; ISO 4217 only knows the rial,
  // so "۱۲٬۰۰۰ تومان" becomes 120 000 IRR and compares correctly with a quote kept in rials.
  تومان: { code: 'IRR', factor: 10 },
};

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const WORD_SOURCES = Object.keys(WORDS).flatMap((word) => [word, capitalised(word)]);

function source(tokens: string[]): string {
  return [...new Set(tokens)].sort(byLengthDesc).map(escapeRegExp).join('|');
}

/** Symbols and codes that may stand before the amount ("$12,000", "USD 12,000", "CHF 1'200"). */
export const PREFIX_CURRENCY_SOURCE = `(?:${source(Object.keys(SYMBOLS))}|(?<![${LETTER}])(?:${source(CODES)})(?![${LETTER}]))`;

/** Everything that may follow the amount ("12 000 ₽", "9.900,50 €", "1 200 грн", "12k USD", "۱۲٬۰۰۰ تومان"). */
export const SUFFIX_CURRENCY_SOURCE = `(?:${source(Object.keys(SYMBOLS))}|(?:${source([
  ...CODES,
  ...CODES_AFTER_ONLY,
  ...WORD_SOURCES,
])})(?![${LETTER}]))`;

/** The ISO code and unit factor for a matched currency token. */
export function currencyOf(token: string): CurrencyForm | undefined {
  const symbol = SYMBOLS[token];
  if (symbol) return { code: symbol };
  if (CODES.includes(token) || CODES_AFTER_ONLY.includes(token)) return { code: token };
  return WORDS[token.toLowerCase()];
}
