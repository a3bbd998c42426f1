import { normalizeLinkedInProfileUrl } from '../../identity/linkedin-url';
import type { PersonOnPage } from '../../model/page-context';
import { cleanName, isHidden, queryAllFirst, queryFirst, textOf } from '../dom-query';
import type { ReadResult, SiteReader } from '../site-reader';
import { linkedinSelectors as S, type LinkedInSelectorKey } from './selectors';

/** `/in/<slug>` plus any sub-path (`/overlay/contact-info/`, `/details/experience/`). */
const PROFILE_PATH = /^\/in\/[^/]+/i;
const MESSAGING_THREAD_PATH = /^\/messaging\/thread\/[^/]+/i;
/** `/sales/lead/<leadId>,NAME_SEARCH,<tracking>`: only the part before the first comma names the lead. */
const SALES_LEAD_PATH = /^\/sales\/lead\/([^/,]+)/i;

/** Leads one page remembers; far more than a rep opens in a session, small enough to never matter. */
const MAX_REMEMBERED_LEADS = 200;

/** Anything shown outside the page's own subject is skipped: the viewer's nav menu, the messaging overlay. */
const OUTSIDE = { exclude: S.elsewhere };

/**
 * Public profiles seen per Sales Navigator lead id, with the name the top card showed beside them. Sales Navigator
 * shows a lead's public profile only while the rep has the top card's "…" menu open; remembering it keeps the
 * brief once the menu closes.
 */
export type SalesLeadMemory = Map<string, { name: string; linkedinUrl: string }>;

/**
 * The LinkedIn reader. Without a memory every read is a pure function of the document and URL; with one (the
 * content script passes a fresh Map) it remembers Sales Navigator leads for the life of the page.
 */
export function createLinkedInReader(memory?: SalesLeadMemory): SiteReader {
  return {
    site: 'linkedin',

    matches(url: URL): boolean {
      const host = url.hostname.toLowerCase();
      return url.protocol === 'https:' && (host === 'linkedin.com' || host.endsWith('.linkedin.com'));
    },

    read(doc: Document, url: URL): ReadResult {
      if (PROFILE_PATH.test(url.pathname)) return readProfile(doc, url);
      if (MESSAGING_THREAD_PATH.test(url.pathname)) return readMessagingThread(doc);
      const leadId = SALES_LEAD_PATH.exec(url.pathname)?.[1];
      if (leadId) return readSalesLead(doc, leadId, memory);
      return { reading: { site: 'linkedin', view: 'other', people: [] }, missing: [] };
    },
  };
}

export const linkedinReader: SiteReader = createLinkedInReader();

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
 * (PersonOnPage), so the lead is reported once its public profile is known: linked from the top card, from the
 * top card's open "…" menu, or remembered from an earlier read of the same lead under the same name. Nothing
 * outside the top card is read: similar leads and recent activity name and link other people.
 */
function readSalesLead(doc: Document, leadId: string, memory: SalesLeadMemory | undefined): ReadResult {
  const card = queryFirst(doc, S.salesLeadCard, OUTSIDE);
  if (!card) return { reading: { site: 'linkedin', view: 'profile', people: [] }, missing: ['salesLeadCard'] };

  const missing: LinkedInSelectorKey[] = [];
  const nameNode = queryFirst(card, S.salesLeadName);
  if (!nameNode) missing.push('salesLeadName');
  const name = cleanName(textOf(nameNode, S.screenReaderOnly));

  let linkedinUrl = singlePublicProfile([card, ...openMenusOf(doc, card)]);
  if (linkedinUrl && name) remember(memory, leadId, { name, linkedinUrl });
  if (!linkedinUrl && name) {
    // Same name required: after an SPA navigation the URL names the next lead before the card re-renders.
    const seen = memory?.get(leadId);
    if (seen?.name === name) linkedinUrl = seen.linkedinUrl;
  }
  return {
    reading: { site: 'linkedin', view: 'profile', people: linkedinUrl ? [person(linkedinUrl, name)] : [] },
    missing,
  };
}

/**
 * Popover menus opened from the top card. They are rendered at the document root, not inside the card, so the
 * link is followed the ARIA menu-button way: an expanded trigger names its popover in aria-controls.
 */
function openMenusOf(doc: Document, card: Element): Element[] {
  return queryAllFirst(card, S.salesLeadMenuTrigger)
    .filter((trigger) => trigger.getAttribute('aria-expanded') === 'true')
    .flatMap((trigger) => (trigger.getAttribute('aria-controls') ?? '').split(/\s+/))
    .flatMap((id) => {
      const menu = id ? doc.getElementById(id) : null;
      return menu && !isHidden(menu) ? [menu] : [];
    });
}

/** The public profile linked in these containers, only when exactly one is: with several we cannot tell whose. */
function singlePublicProfile(roots: Element[]): string | undefined {
  const found = new Set<string>();
  for (const root of roots) {
    for (const selector of S.publicProfileLinks) {
      for (const link of queryAllFirst(root, [selector])) {
        const url = normalizeLinkedInProfileUrl(link.getAttribute('href'));
        if (url) found.add(url);
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function remember(
  memory: SalesLeadMemory | undefined,
  leadId: string,
  seen: { name: string; linkedinUrl: string },
): void {
  if (!memory) return;
  // Re-inserting keeps the Map in least-recently-seen order, so the oldest lead is the one dropped.
  memory.delete(leadId);
  memory.set(leadId, seen);
  if (memory.size > MAX_REMEMBERED_LEADS) memory.delete(memory.keys().next().value!);
}

function person(linkedinUrl: string, name: string | undefined): PersonOnPage {
  return name ? { linkedinUrl, name, role: 'profile' } : { linkedinUrl, role: 'profile' };
}
