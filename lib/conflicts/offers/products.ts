import { lowerCaseAligned, normalizeText } from './normalize-text';
import { byLengthDesc, escapeRegExp, execAll, WORD_END, WORD_START } from './regex';
import type { Catalog } from './types';

export interface ProductMatcher {
  /** Canonical names mentioned in Sentence.lower, in order of first mention, without repeats. */
  find(text: string): string[];
}

/** Callers usually rebuild the Catalog object per check but keep the product list, so cache on the list. */
const cache = new WeakMap<Catalog['products'], ProductMatcher>();

/**
 * Catalog names and aliases, matched case-insensitively (both sides lower-cased) on word boundaries. One alternation, longest first, so at
 * any position "driver safety module" is preferred to "driver safety" and "telematics add-on" to "telematics".
 */
export function productMatcher(catalog: Catalog): ProductMatcher {
  const cached = cache.get(catalog.products);
  if (cached) return cached;

  const canonical = new Map<string, string>();
  for (const product of catalog.products) {
    for (const term of [product.name, ...product.aliases]) {
      const key = lowerCaseAligned(normalizeText(term).trim().replace(/\s+/g, ' '));
      // The first product to claim a term keeps it; an alias shared by two products would be a catalog bug.
      if (key && !canonical.has(key)) canonical.set(key, product.name);
    }
  }
  const terms = [...canonical.keys()].sort(byLengthDesc);
  const pattern =
    terms.length === 0
      ? undefined
      : new RegExp(`${WORD_START}(?:${terms.map(escapeRegExp).join('|')})${WORD_END}`, 'gu');

  const matcher: ProductMatcher = {
    find(text) {
      if (!pattern) return [];
      const names: string[] = [];
      for (const match of execAll(pattern, text)) {
        const name = canonical.get(match[0]);
        if (name !== undefined && !names.includes(name)) names.push(name);
      }
      return names;
    },
  };
  cache.set(catalog.products, matcher);
  return matcher;
}
