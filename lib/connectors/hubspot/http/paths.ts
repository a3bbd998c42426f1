/** The only origin the background may call for HubSpot. */
export const HUBSPOT_BASE_URL = 'https://api.hubapi.com';

/** Path prefixes the connector uses; anything else is refused before a fetch. */
export const ALLOWED_PATH_PREFIXES: readonly string[] = [
  '/crm/v3/',
  '/crm/v4/',
  '/email/public/v1/',
  '/form-integrations/v1/',
  '/contacts/v1/',
  '/communication-preferences/',
  '/account-info/',
  '/oauth/v1/access-tokens/',
  '/oauth/v2/private-apps/get/access-token-info',
];

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];
export type Query = Readonly<Record<string, QueryValue>>;

// RFC 3986 pchar plus '/': no '?', '#', '\', spaces or control characters.
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]+$/;
// Encoded '.', '/', '\' or NUL could be decoded into a traversal by something downstream.
const ENCODED_TRICKS = /%(2e|2f|5c|00)/i;
const QUERY_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

export type BuiltUrl = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Builds `https://api.hubapi.com<path>?<query>` or says why not. Query keys are sorted so equal requests give
 * equal URLs (used for de-duplication). Callers must `encodeURIComponent` IDs they put into the path.
 */
export function buildUrl(path: string, query?: Query): BuiltUrl {
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) {
    return { ok: false, reason: 'path must be relative to the HubSpot API root' };
  }
  if (!PATH_CHARS.test(path) || ENCODED_TRICKS.test(path)) {
    return { ok: false, reason: 'path has characters that are not allowed' };
  }
  const segments = path.split('/').slice(1);
  if (segments.some((s, i) => s === '.' || s === '..' || (s === '' && i < segments.length - 1))) {
    return { ok: false, reason: 'path has empty or dot segments' };
  }
  if (!ALLOWED_PATH_PREFIXES.some((prefix) => path.startsWith(prefix))) {
    return { ok: false, reason: 'path is not on the allow-list' };
  }
  let url: URL;
  try {
    url = new URL(HUBSPOT_BASE_URL + path);
  } catch {
    return { ok: false, reason: 'path does not form a valid URL' };
  }
  if (url.origin !== HUBSPOT_BASE_URL || url.pathname !== path) {
    return { ok: false, reason: 'path does not stay on the HubSpot API' };
  }
  for (const key of Object.keys(query ?? {}).sort()) {
    const value = query?.[key];
    if (value === undefined || value === null) continue;
    if (!QUERY_KEY.test(key)) return { ok: false, reason: 'query key is not allowed' };
    const values = Array.isArray(value) ? value : [value];
    for (const v of values as readonly (string | number | boolean)[]) url.searchParams.append(key, String(v));
  }
  return { ok: true, url: url.toString() };
}
