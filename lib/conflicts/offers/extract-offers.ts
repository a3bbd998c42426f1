import { cleanBody } from './clean-body';
import { dedupeOffers } from './dedupe-offers';
import { findExpiries, mentionsOffer } from './expiry';
import type { FoundTerm } from './found-term';
import { findFreeTerms } from './free-months';
import { findPrices } from './money';
import { findDiscounts } from './percent';
import { productMatcher } from './products';
import { splitSentences } from './sentences';
import { snippetAround } from './snippet';
import { tokenize } from './tokens';
import type { Catalog, ExtractedOffer } from './types';

/**
 * Commercial terms a draft offers: discounts, prices, free months, trials and expiry dates, in English, Russian,
 * Ukrainian, German, French, Spanish and Persian. Pure and synchronous (it runs on Send).
 *
 * - Only what the rep wrote now: quoted history and the "-- " signature are removed first.
 * - Each sentence (the subject is one) can yield several offers. `products` are the catalog products named in
 *   that sentence; when it names none, the subject's product if the subject names exactly one ("Re: annual plan
 *   pricing" then "We can do 15% off." is about the annual plan). With several in the subject the sentence stays
 *   unattributed rather than guessing.
 * - An expiry date is its own `expiry` offer and is also set as `expiresAt` on the other offers of the sentence.
 *   A sentence like "This is valid until 30 November." right after an offer sentence counts as that offer's
 *   expiry, and dates the offers of the previous sentence that have none.
 * - Identical offers (kind, values, products) are reported once, with the first snippet.
 */
export function extractOffers(input: { subject: string; body: string }, catalog: Catalog, now: Date): ExtractedOffer[] {
  const sentences = splitSentences(input.subject, cleanBody(input.body));
  const products = productMatcher(catalog);
  const subject = sentences[0]?.subject ? sentences[0] : undefined;
  const subjectProducts = subject ? products.find(subject.lower) : [];
  const fallbackProducts = subjectProducts.length === 1 ? subjectProducts : [];

  const offers: ExtractedOffer[] = [];
  let previous: ExtractedOffer[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.lower);
    const named = products.find(sentence.lower);
    const attributed = named.length > 0 ? named : fallbackProducts;
    const terms: FoundTerm[] = [
      ...findDiscounts(sentence.lower, tokens),
      // Currency codes are case-sensitive ("USD", not "usd" in prose): money reads the text before lower-casing.
      ...findPrices(sentence.norm),
      ...findFreeTerms(sentence.lower, tokens),
    ].sort((a, b) => a.start - b.start);
    const hadOffers = previous.length > 0;
    const offerContext = () => terms.length > 0 || hadOffers || mentionsOffer(sentence.lower, tokens);
    const expiries = findExpiries(sentence.lower, tokens, now, offerContext);
    const expiresAt = expiries[0]?.expiresAt;

    const current: ExtractedOffer[] = terms.map((term) => ({
      ...term.offer,
      ...(expiresAt === undefined ? {} : { expiresAt }),
      products: [...attributed],
      snippet: snippetAround(sentence.text, term.start, term.end),
    }));
    if (terms.length === 0 && expiresAt !== undefined) {
      for (const offer of previous) offer.expiresAt ??= expiresAt;
    }
    for (const expiry of expiries) {
      current.push({
        kind: 'expiry',
        expiresAt: expiry.expiresAt,
        products: [...attributed],
        snippet: snippetAround(sentence.text, expiry.start, expiry.end),
      });
    }
    offers.push(...current);
    previous = current.filter((offer) => offer.kind !== 'expiry');
  }
  return dedupeOffers(offers);
}
