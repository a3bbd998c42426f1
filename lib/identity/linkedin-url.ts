/**
 * Canonical LinkedIn profile URL: https://www.linkedin.com/in/<slug>/ with the slug lower-cased.
 * Accepts locale subdomains (de.linkedin.com), query strings and trailing paths (/overlay/..., /details/...).
 */
export function normalizeLinkedInProfileUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim(), 'https://www.linkedin.com');
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return undefined;
  const match = /^\/in\/([^/?#]+)/i.exec(url.pathname);
  if (!match?.[1]) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return undefined;
  }
  if (!/^[\p{L}\p{N}_-]{2,100}$/u.test(slug)) return undefined;
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}
