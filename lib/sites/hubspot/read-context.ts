import { normalizeEmail } from '../../identity/email';
import type { PersonOnPage } from '../../model/page-context';
import { cleanName, findEmailToken, queryFirst, textOf } from '../dom-query';
import type { ReadResult, SiteReader } from '../site-reader';
import { hubspotSelectors as S, type HubSpotSelectorKey } from './selectors';

/**
 * Both URL generations (dom-facts.md §3.1): `/contacts/<portal>/record/<objectTypeId>/<id>` and the legacy
 * `/contacts/<portal>/<contact|company|deal>/<id>`. Every object type lives under `/contacts/`.
 */
const RECORD_PATH = /^\/contacts\/(\d{1,20})\/(?:record\/(0-\d+)|(contact|company|deal|ticket))\/(\d{1,40})(?:\/|$)/i;

/** Object types whose record page we report. Tickets and custom objects are not about a person or account. */
const OBJECT_TYPES: Record<string, 'contact' | 'company' | 'deal'> = {
  '0-1': 'contact',
  '0-2': 'company',
  '0-3': 'deal',
  contact: 'contact',
  company: 'company',
  deal: 'deal',
};

export const hubspotReader: SiteReader = {
  site: 'hubspot',

  /** app.hubspot.com and regional hosts such as app-eu1.hubspot.com. */
  matches(url: URL): boolean {
    return url.protocol === 'https:' && /^app(?:-[a-z0-9]+)?\.hubspot\.com$/i.test(url.hostname);
  },

  read(doc: Document, url: URL): ReadResult {
    const route = parseRecordPath(url.pathname);
    if (!route) return { reading: { site: 'hubspot', view: 'other', people: [] }, missing: [] };

    const missing: HubSpotSelectorKey[] = [];
    const record: PersonOnPage = {
      crmRecord: { crm: 'hubspot', objectType: route.objectType, id: route.id, portalId: route.portalId },
      role: 'record',
    };

    // The ids come from the URL; the page only adds the display name and, for contacts, the address.
    const sidebar = queryFirst(doc, S.leftSidebar);
    if (!sidebar) {
      missing.push('leftSidebar');
    } else {
      const nameNode = queryFirst(sidebar, S.recordName);
      if (!nameNode) missing.push('recordName');
      const name = cleanName(textOf(nameNode));
      if (name) record.name = name;

      if (route.objectType === 'contact') {
        const emailNode = queryFirst(sidebar, S.contactEmail);
        // A node without an address is a contact with no email, not a broken selector.
        if (!emailNode) missing.push('contactEmail');
        const email = emailOf(emailNode);
        if (email) record.email = email;
      }
    }
    return { reading: { site: 'hubspot', view: 'record', people: [record] }, missing };
  },
};

interface RecordRoute {
  portalId: string;
  objectType: 'contact' | 'company' | 'deal';
  id: string;
}

export function parseRecordPath(pathname: string): RecordRoute | undefined {
  const match = RECORD_PATH.exec(pathname);
  if (!match) return undefined;
  const [, portalId, typeId, legacyType, id] = match;
  const objectType = OBJECT_TYPES[(typeId ?? legacyType ?? '').toLowerCase()];
  if (!portalId || !id || !objectType) return undefined;
  return { portalId, objectType, id };
}

/** Inline editors render the value in an input; everywhere else it is text. */
function emailOf(node: Element | undefined): string | undefined {
  if (!node) return undefined;
  const raw = node.tagName === 'INPUT' ? (node as HTMLInputElement).value || node.getAttribute('value') : textOf(node);
  return normalizeEmail(raw) ?? normalizeEmail(findEmailToken(raw));
}
