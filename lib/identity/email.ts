import { EMAIL_PATTERN, MAX_EMAIL_LENGTH } from '../model/patterns';

/**
 * Canonical form of an address for matching: trimmed, lower-cased, angle brackets and mailto: removed.
 * Returns undefined for anything that is not an address, so callers cannot match on garbage.
 */
export function normalizeEmail(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let value = raw.trim();
  const angle = /<([^<>]+)>\s*$/.exec(value);
  if (angle?.[1]) value = angle[1];
  value = value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  return value.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(value) ? value : undefined;
}

/** Splits `"Priya Raman" <priya@x.com>` or `priya@x.com` into name and address. */
export function parseAddress(raw: string): { email: string; name?: string } | undefined {
  const email = normalizeEmail(raw);
  if (!email) return undefined;
  const namePart = raw
    .replace(/<[^<>]*>\s*$/, '')
    .trim()
    .replace(/^"|"$/g, '')
    .trim();
  return namePart && normalizeEmail(namePart) !== email ? { email, name: namePart } : { email };
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** True for the seller's own addresses (and their subdomains): colleagues, never customers. */
export function isInternalEmail(email: string, sellerDomains: readonly string[]): boolean {
  const domain = domainOf(email.toLowerCase());
  return sellerDomains.some((own) => {
    const d = own.toLowerCase();
    return domain === d || domain.endsWith(`.${d}`);
  });
}
