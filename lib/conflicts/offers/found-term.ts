import type { ExtractedOffer } from './types';

/** One term found in a sentence, before products, snippet and expiry are attached. */
export interface FoundTerm {
  /** Where the evidence starts and ends in the sentence (for the snippet window). */
  start: number;
  end: number;
  offer: Omit<ExtractedOffer, 'products' | 'snippet'>;
}
