import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { hostMatcher } from './host-match';
import { FIXTURE_PAGES_DIR, REPO_ROOT } from './repo-paths';
import type { FixtureHandler, FixtureResponse } from './types';

/** Hosts whose pages come from tests/fixtures/pages; pass to ExtensionBrowser.routeHosts. */
export const SITE_HOSTS = ['mail.google.com', '*.linkedin.com', 'app.hubspot.com', '*.lightning.force.com'];

interface PageRoute {
  host: string;
  /** Matched against the pathname only: queries vary, and the hash never reaches the network. */
  path: RegExp;
  file: string;
}

const PAGE_ROUTES: PageRoute[] = [
  { host: 'mail.google.com', path: /^\/mail\/u\/\d+\/?$/, file: 'gmail.html' },
  // Localised subdomains (de.linkedin.com, fr.…) serve the same profile pages as www.
  { host: '*.linkedin.com', path: /^\/in\/[^/]+\/?$/, file: 'linkedin-profile.html' },
  // /messaging/, /messaging/thread/<id>/ and the like: one SPA page that renders the thread from its path.
  { host: 'www.linkedin.com', path: /^\/messaging(?:\/[^?#]*)?$/, file: 'linkedin-messaging.html' },
  // Sales Navigator leads: /sales/lead/<leadId>,NAME_SEARCH,<tracking> (the page's own script opens its menus).
  { host: 'www.linkedin.com', path: /^\/sales\/lead\/[^/]+\/?$/, file: 'linkedin-sales-lead.html' },
  { host: 'app.hubspot.com', path: /^\/contacts\/[^/]+\/record\/0-1\/[^/]+\/?$/, file: 'hubspot-contact.html' },
  { host: 'app.hubspot.com', path: /^\/contacts\/[^/]+\/record\/0-2\/[^/]+\/?$/, file: 'hubspot-company.html' },
  { host: 'app.hubspot.com', path: /^\/contacts\/[^/]+\/record\/0-3\/[^/]+\/?$/, file: 'hubspot-deal.html' },
  { host: '*.lightning.force.com', path: /^\/lightning\/r\/Contact\/[^/]+\/view\/?$/, file: 'salesforce-contact.html' },
  { host: '*.lightning.force.com', path: /^\/lightning\/r\/Account\/[^/]+\/view\/?$/, file: 'salesforce-account.html' },
  { host: '*.lightning.force.com', path: /^\/lightning\/r\/Lead\/[^/]+\/view\/?$/, file: 'salesforce-lead.html' },
  {
    host: '*.lightning.force.com',
    path: /^\/lightning\/r\/Opportunity\/[^/]+\/view\/?$/,
    file: 'salesforce-opportunity.html',
  },
];

/**
 * Serves the saved host pages at their real addresses. Files are read on every request so a fixture edited while a
 * browser is open (the demo, a headed debug run) shows up on reload. Anything else on those hosts is a 404.
 */
export function siteFixtures(pagesDir = FIXTURE_PAGES_DIR): FixtureHandler {
  const routes = PAGE_ROUTES.map((r) => ({ ...r, matchesHost: hostMatcher([r.host]) }));
  return async (url) => {
    const route = routes.find((r) => r.matchesHost(url) && r.path.test(url.pathname));
    if (!route) return notFound(`No fixture page for ${url.href}`);
    const file = resolve(pagesDir, route.file);
    try {
      return { status: 200, contentType: 'text/html; charset=utf-8', body: await readFile(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return notFound(`Fixture ${relative(REPO_ROOT, file)} does not exist yet (requested ${url.href})`);
    }
  };
}

function notFound(message: string): FixtureResponse {
  return { status: 404, contentType: 'text/plain; charset=utf-8', body: message };
}
