import type { ExtractedOffer } from './types';

/** Same kind, same values, same products: the same offer, whatever sentence it came from. */
function identity(offer: ExtractedOffer): string {
  const products = offer.products.length > 1 ? [...offer.products].sort() : offer.products;
  return [
    offer.kind,
    offer.discountPercent,
    offer.price?.amount,
    offer.price?.currency,
    offer.freeMonths,
    offer.trialDays,
    offer.expiresAt,
    ...products,
  ].join('\u0000');
}

/** Keeps the first occurrence (its snippet is the earliest evidence). */
export function dedupeOffers(offers: readonly ExtractedOffer[]): ExtractedOffer[] {
  const seen = new Set<string>();
  return offers.filter((offer) => {
    const key = identity(offer);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
