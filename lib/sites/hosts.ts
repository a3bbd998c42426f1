import type { Site } from '../model/page-context';

/**
 * Hostnames Preflight reads, per site ('*.' = any subdomain). The manifest's match patterns and the
 * background's sender check are both derived from this list, so they cannot drift apart.
 */
export const SITE_HOSTS: Record<Site, readonly string[]> = {
  gmail: ['mail.google.com'],
  // Localised subdomains (de.linkedin.com) serve the same profile pages.
  linkedin: ['www.linkedin.com', '*.linkedin.com'],
  hubspot: [
    'app.hubspot.com',
    'app-eu1.hubspot.com',
    'app-na2.hubspot.com',
    'app-na3.hubspot.com',
    'app-ap1.hubspot.com',
  ],
  salesforce: ['*.lightning.force.com'],
};

/** CRM API hosts: only the background calls them. */
export const API_HOSTS: readonly string[] = ['api.hubapi.com', '*.my.salesforce.com'];

export const ALL_SITE_HOSTS: readonly string[] = Object.values(SITE_HOSTS).flat();

export function matchPatterns(hosts: readonly string[]): string[] {
  return hosts.map((host) => `https://${host}/*`);
}

export const SITE_LABELS: Record<Site, string> = {
  gmail: 'Gmail',
  linkedin: 'LinkedIn',
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
};

/** Host pattern match where a leading '*.' means the domain itself or any subdomain. */
export function hostMatches(hostname: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === pattern;
}

/** Which site a page belongs to, from its hostname; undefined for hosts Preflight does not read. */
export function siteOfHost(hostname: string): Site | undefined {
  return (Object.keys(SITE_HOSTS) as Site[]).find((site) =>
    SITE_HOSTS[site].some((host) => hostMatches(hostname, host)),
  );
}
