import { normalizeEmail } from '../../identity/email';
import type { PersonOnPage } from '../../model/page-context';
import { cleanName, queryAllFirst, queryFirst, textOf } from '../dom-query';
import type { ReadResult, SiteReader } from '../site-reader';
import { salesforceSelectors as S, type SalesforceSelectorKey } from './selectors';

/** `/lightning/r/<SObject>/<15- or 18-character id>/view`; related-list and edit sub-pages are not the record view. */
const RECORD_PATH = /^\/lightning\/r\/([A-Za-z0-9_]+)\/([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)\/view\/?$/;

/** The objects whose records we brief on, and whether they carry a person's address. */
const OBJECTS: Record<string, { hasEmail: boolean }> = {
  Contact: { hasEmail: true },
  Lead: { hasEmail: true },
  Account: { hasEmail: false },
  Opportunity: { hasEmail: false },
};

export const salesforceReader: SiteReader = {
  site: 'salesforce',

  matches(url: URL): boolean {
    return url.protocol === 'https:' && url.hostname.toLowerCase().endsWith('.lightning.force.com');
  },

  read(doc: Document, url: URL): ReadResult {
    const match = RECORD_PATH.exec(url.pathname);
    const sobject = match?.[1];
    const id = match?.[2];
    const object = sobject ? OBJECTS[sobject] : undefined;
    if (!sobject || !id || !object) return { reading: { site: 'salesforce', view: 'other', people: [] }, missing: [] };

    const missing: SalesforceSelectorKey[] = [];
    const record: PersonOnPage = {
      crmRecord: { crm: 'salesforce', objectType: sobject.toLowerCase(), id },
      role: 'record',
    };

    // The ids come from the URL; name and address only from the page on screen, never a cached one.
    const page = activePage(doc, missing);
    if (page) {
      const nameNode = queryFirst(page, S.recordName);
      if (!nameNode) missing.push('recordName');
      const name = cleanName(textOf(nameNode, S.recordNameNoise));
      if (name) record.name = name;

      if (object.hasEmail) {
        const link = queryFirst(page, S.email);
        if (!link && !queryFirst(page, S.emailField)) missing.push('email');
        const email = normalizeEmail(link?.getAttribute('href'));
        if (email) record.email = email;
      }
    }
    return { reading: { site: 'salesforce', view: 'record', people: [record] }, missing };
  },
};

/**
 * The record page on screen. If no page is marked active (markup changed), fall back to the whole document
 * only when it holds exactly one record header; with several, one is a cached page and guessing could
 * attach another record's name and address to this id.
 */
function activePage(doc: Document, missing: SalesforceSelectorKey[]): ParentNode | undefined {
  const active = queryFirst(doc, S.activeRecordPage);
  if (active) return active;
  missing.push('activeRecordPage');
  const headers = queryAllFirst(doc, S.highlightsPanel);
  return headers.length === 1 ? doc : undefined;
}
