import { endOfDayIso, findWrittenDates, resolveDate } from './dates';
import { Lexicon } from './lexicon';
import type { Token } from './tokens';

/** Words that say a date is when something stops being valid; they may stand a little way before the date. */
const STRONG = new Lexicon([
  ...['valid', 'validity', 'expire*', 'expiry', 'expiration', 'ends', 'ending', 'deadline', 'good until'],
  ...['good through', 'good till', 'gültig*', 'läuft', 'endet', 'befristet', 'valable*', 'prend fin', 'válido'],
  ...['válida', 'válidos', 'válidas', 'vigente*', 'vence*', 'caduca*', 'termina*', 'действ*', 'истека*'],
  ...['заканчива*', 'діє', 'дійсн*', 'спливає', 'закінчу*', 'معتبر', 'منقضی', 'اعتبار'],
]);

/** "until", "bis", "jusqu'au", "hasta", "до", "تا": only right before the date. */
const WEAK = new Lexicon([
  ...['until', 'till', 'til', 'through', 'thru', 'by', 'before', 'bis', 'vor', "jusqu'au", "jusqu'à", "jusqu'a"],
  ...['avant', 'hasta', 'antes', 'до', 'تا', 'قبل'],
]);

const STRONG_REACH = 40;
const WEAK_REACH = 15;

/** Words that make a sentence about an offer, so "out of office until 3 December" is not an expiry. */
const OFFER_CONTEXT = new Lexicon([
  ...['offer', 'offers', 'deal', 'deals', 'promo*', 'pricing', 'price', 'prices', 'discount*', 'quote', 'quotes'],
  ...['proposal', 'angebot*', 'aktion*', 'preis*', 'rabatt*', 'konditionen', 'offre', 'offres', 'prix', 'remise'],
  ...['tarif*', 'oferta', 'ofertas', 'promoción', 'precio', 'precios', 'descuento', 'descuentos', 'предложени*'],
  ...['акци*', 'цена', 'цены', 'цену', 'скидк*', 'пропозиці*', 'акці*', 'ціна', 'ціни', 'ціну', 'знижк*'],
  ...['پیشنهاد', 'تخفیف', 'قیمت', 'جشنواره'],
]);

/** Cues are in English when deciding whether "12/11" is month first. */
const ENGLISH = new Lexicon(['until', 'till', 'through', 'valid', 'expire*', 'ends', 'by', 'before']);

export function mentionsOffer(text: string, tokens: readonly Token[]): boolean {
  return OFFER_CONTEXT.occursIn(tokens, text);
}

interface CueSpan {
  end: number;
  reach: number;
}

function cueSpans(text: string, tokens: readonly Token[]): CueSpan[] {
  const spans: CueSpan[] = [];
  tokens.forEach((token, i) => {
    const strong = STRONG.matchAt(tokens, i, text);
    const weak = WEAK.matchAt(tokens, i, text);
    const length = Math.max(strong, weak);
    if (length === 0) return;
    const end = tokens[i + length - 1]?.end ?? token.end;
    spans.push({ end, reach: strong > 0 ? STRONG_REACH : WEAK_REACH });
  });
  return spans;
}

export interface FoundExpiry {
  start: number;
  end: number;
  expiresAt: string;
}

/**
 * Dates the offer ends: "valid until 30 November", "expires on 2026-12-15", "bis 15.12.", "jusqu'au 15 décembre",
 * "hasta el 15 de diciembre", "до 15 грудня", "تا ۱۵ آذر". Only in a sentence about an offer (`offerContext`,
 * asked lazily) and after a cue word, with no number between cue and date. Returns the end of that day in UTC, the
 * year inferred as the next occurrence when it is not written. Reads lower-case text.
 */
export function findExpiries(
  text: string,
  tokens: readonly Token[],
  now: Date,
  offerContext: () => boolean,
): FoundExpiry[] {
  // Cheapest test first: most sentences have no date at all.
  const dates = findWrittenDates(text, tokens, () => ENGLISH.occursIn(tokens, text));
  if (dates.length === 0 || !offerContext()) return [];
  const cues = cueSpans(text, tokens);
  if (cues.length === 0) return [];
  const found: FoundExpiry[] = [];
  for (const date of dates) {
    const cued = cues.some((cue) => {
      if (cue.end > date.start) return false;
      const gap = text.slice(cue.end, date.start);
      return gap.length <= cue.reach && !/[\d;]/.test(gap);
    });
    if (!cued) continue;
    const utc = resolveDate(date, now);
    if (utc === undefined) continue;
    found.push({ start: date.start, end: date.end, expiresAt: endOfDayIso(utc) });
  }
  return found;
}
