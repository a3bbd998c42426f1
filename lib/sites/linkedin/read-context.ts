import { normalizeLinkedInProfileUrl } from '../../identity/linkedin-url';
import type { PersonOnPage } from '../../model/page-context';
import { cleanName, queryAllFirst, queryFirst, textOf } from '../dom-query';
import type { ReadResult, SiteReader } from '../site-reader';
import { linkedinSelectors as S, type LinkedInSelectorKey } from './selectors';

/** `/in/<slug>` plus any sub-path (`/overlay/contact-info/`, `/details/experience/`). */
const PROFILE_PATH = /^\/in\/[^/]+/i;
const MESSAGING_THREAD_PATH = /^\/messaging\/thread\/[^/]+/i;
const SALES_LEAD_PATH = /^\/sales\/lead\/[^/]+/i;

/** Anything shown outside the page's own subject is skipped: the viewer's nav menu, the messaging overlay. */
const OUTSIDE = { exclude: S.elsewhere };

export const linkedinReader: SiteReader = {
  site: 'linkedin',

  matches(url: URL): boolean {
    const host = url.hostname.toLowerCase();
    return url.protocol === 'https:' && (host === 'linkedin.com' || host.endsWith('.linkedin.com'));
  },

  read(doc: Document, url: URL): ReadResult {
    if (PROFILE_PATH.test(url.pathname)) return readProfile(doc, url);
    if (MESSAGING_THREAD_PATH.test(url.pathname)) return readMessagingThread(doc);
    if (SALES_LEAD_PATH.test(url.pathname)) return readSalesLead(doc);
    return { reading: { site: 'linkedin', view: 'other', people: [] }, missing: [] };
  },
};

/** The URL names the profile; the DOM only supplies the display name. */
function readProfile(doc: Document, url: URL): ReadResult {
  const missing: LinkedInSelectorKey[] = [];
  const linkedinUrl = normalizeLinkedInProfileUrl(url.href);
  if (!linkedinUrl) return { reading: { site: 'linkedin', view: 'profile', people: [] }, missing };

  const heading = queryFirst(doc, S.profileName, OUTSIDE);
  if (!heading) missing.push('profileName');

  // A card still showing the previous profile would pair this URL with someone else's name: better no name.
  let name: string | undefined;
  if (!topCardIsStale(doc, linkedinUrl)) {
    name = heading ? cleanName(textOf(heading, S.screenReaderOnly)) : nameFromTitle(doc.title);
  }
  return {
    reading: { site: 'linkedin', view: 'profile', people: [person(linkedinUrl, name)] },
    missing,
  };
}

/**
 * True when the top card's own links point at a different profile than the URL: LinkedIn is an SPA and
 * updates the address bar before it re-renders the card. No links at all means we cannot tell, so not stale.
 */
function topCardIsStale(doc: Document, linkedinUrl: string): boolean {
  const hrefs = queryAllFirst(doc, S.profileCardLinks, OUTSIDE)
    .map((link) => normalizeLinkedInProfileUrl(link.getAttribute('href')))
    .filter((href): href is string => href !== undefined);
  return hrefs.length > 0 && !hrefs.includes(linkedinUrl);
}

/** `"(3) Priya Raman | LinkedIn"` → `"Priya Raman"`; the count is the unread-notification badge. */
export function nameFromTitle(title: string): string | undefined {
  const first = title.replace(/^\s*\(\d+\+?\)\s*/, '').split('|')[0] ?? '';
  const name = cleanName(first);
  return name && !/^linkedin$/i.test(name) ? name : undefined;
}

/** The open thread's header names the other participant (one-to-one threads). */
function readMessagingThread(doc: Document): ReadResult {
  const link = queryFirst(doc, S.threadProfileLink, OUTSIDE);
  if (!link) return { reading: { site: 'linkedin', view: 'messaging', people: [] }, missing: ['threadProfileLink'] };
  const linkedinUrl = normalizeLinkedInProfileUrl(link.getAttribute('href'));
  const name = cleanName(textOf(queryFirst(link, S.threadName) ?? link, S.screenReaderOnly));
  return {
    reading: { site: 'linkedin', view: 'messaging', people: linkedinUrl ? [person(linkedinUrl, name)] : [] },
    missing: [],
  };
}

/**
 * Sales Navigator identifies leads by an internal id, not a public URL. A person needs an identifier
 * (PersonOnPage), so without a public /in/ link the name alone is not reported.
 */
function readSalesLead(doc: Document): ReadResult {
  const missing: LinkedInSelectorKey[] = [];
  const nameNode = queryFirst(doc, S.salesLeadName, OUTSIDE);
  if (!nameNode) missing.push('salesLeadName');
  const linkedinUrl = singlePublicProfile(doc);
  const name = cleanName(textOf(nameNode, S.screenReaderOnly));
  return {
    reading: { site: 'linkedin', view: 'profile', people: linkedinUrl ? [person(linkedinUrl, name)] : [] },
    missing,
  };
}

/** The public profile link, only when exactly one distinct profile is linked: with several we cannot tell whose. */
function singlePublicProfile(doc: Document): string | undefined {
  const found = new Set<string>();
  for (const selector of S.publicProfileLinks) {
    for (const link of queryAllFirst(doc, [selector], OUTSIDE)) {
      const url = normalizeLinkedInProfileUrl(link.getAttribute('href'));
      if (url) found.add(url);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function person(linkedinUrl: string, name: string | undefined): PersonOnPage {
  return name ? { linkedinUrl, name, role: 'profile' } : { linkedinUrl, role: 'profile' };
}
