/**
 * Host patterns for routeHosts: 'mail.google.com' matches that host only; '*.lightning.force.com' matches any
 * subdomain and, like a manifest match pattern, the bare domain too.
 */
export function hostMatcher(hosts: readonly string[]): (url: URL) => boolean {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const host of hosts) {
    const lower = host.toLowerCase();
    if (lower.startsWith('*.')) suffixes.push(lower.slice(2));
    else exact.add(lower);
  }
  return (url) => {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    const hostname = url.hostname.toLowerCase();
    return exact.has(hostname) || suffixes.some((s) => hostname === s || hostname.endsWith(`.${s}`));
  };
}

/**
 * `scheme://host` of a URL. Node's URL reports origin 'null' for chrome-extension: and moz-extension: (not "special"
 * schemes to WHATWG), while the browser's location.origin gives the real value.
 */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}
