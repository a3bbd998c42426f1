import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openFixtureWindow, pageOf } from '../../../tests/helpers/fixture-window';
import { describe, expect, it } from 'vitest';
import { PageContext } from '../../model/page-context';
import type { ReadResult } from '../site-reader';
import { hubspotReader, parseRecordPath } from './read-context';

const FIXTURE = readFileSync(
  fileURLToPath(new URL('../../../tests/fixtures/pages/hubspot-contact.html', import.meta.url)),
  'utf8',
);
const RECORD_URL = 'https://app.hubspot.com/contacts/4455667/record/0-1/98765432101';
const PRIYA = {
  crmRecord: { crm: 'hubspot', objectType: 'contact', id: '98765432101', portalId: '4455667' },
  email: 'priya.raman@northwind-traders.com',
  name: 'Priya Raman',
  role: 'record',
};
/** Addresses the fixture shows that are not the record's: account menu, activity, associations. */
const OTHER_EMAILS = [
  'jordan.lee@northwind-traders.com',
  'mei.tanaka@northwind-traders.com',
  'alex.morgan@example.com',
  'riley.chen@example.com',
  'accounts@northwind-traders.com',
  'finance@northwind-traders.com',
];

function load(html: string, url: string): { doc: Document; url: URL } {
  return pageOf(openFixtureWindow(html, url));
}

function read(page: { doc: Document; url: URL }): ReadResult {
  const result = hubspotReader.read(page.doc, page.url);
  PageContext.parse({ ...result.reading, observedAt: '2024-05-02T16:40:00+01:00' });
  return result;
}

function remove(doc: Document, selector: string): void {
  doc.querySelectorAll(selector).forEach((node) => node.remove());
}

describe('hubspotReader.matches', () => {
  it.each([
    ['https://app.hubspot.com/contacts/4455667/record/0-1/98765432101', true],
    ['https://app-eu1.hubspot.com/contacts/4455667/record/0-1/98765432101', true],
    ['https://app-na2.hubspot.com/', true],
    ['https://www.hubspot.com/products/crm', false],
    ['https://app.hubspot.com.evil.example/contacts/1/record/0-1/2', false],
    ['http://app.hubspot.com/contacts/1/record/0-1/2', false],
  ])('%s → %s', (href, expected) => {
    expect(hubspotReader.matches(new URL(href))).toBe(expected);
  });
});

describe('hubspotReader on the contact fixture', () => {
  it('reads the record from the URL and the left sidebar', () => {
    expect(read(load(FIXTURE, RECORD_URL))).toEqual({
      reading: { site: 'hubspot', view: 'record', people: [PRIYA] },
      missing: [],
    });
  });

  it('never takes an address from the activity, the associations or the account menu', () => {
    const seen = JSON.stringify(read(load(FIXTURE, RECORD_URL)).reading);
    for (const email of OTHER_EMAILS) expect(seen).not.toContain(email);
    expect(seen).not.toMatch(/Jordan Lee|Mei Tanaka|Alex Morgan|Northwind Traders/);
  });

  it('reports the email as missing instead of taking an associated contact’s when the property is gone', () => {
    const page = load(FIXTURE, RECORD_URL);
    remove(page.doc, '[data-test-id="left-sidebar"] [data-selenium-test="property-input-email"]');
    const { email: _dropped, ...withoutEmail } = PRIYA;
    expect(read(page)).toEqual({
      reading: { site: 'hubspot', view: 'record', people: [withoutEmail] },
      missing: ['contactEmail'],
    });
  });

  it('reports the name as missing instead of taking a chicklet title when the highlight is gone', () => {
    const page = load(FIXTURE, RECORD_URL);
    remove(page.doc, '[data-selenium-test="highlightTitle"]');
    const { name: _dropped, ...withoutName } = PRIYA;
    expect(read(page)).toEqual({
      reading: { site: 'hubspot', view: 'record', people: [withoutName] },
      missing: ['recordName'],
    });
  });

  it('keeps the record id but reads nothing from the page when the left sidebar is gone', () => {
    const page = load(FIXTURE, RECORD_URL);
    remove(page.doc, '[data-test-id="left-sidebar"]');
    expect(read(page)).toEqual({
      reading: { site: 'hubspot', view: 'record', people: [{ crmRecord: PRIYA.crmRecord, role: 'record' }] },
      missing: ['leftSidebar'],
    });
  });

  it('treats an empty Email property as a contact without an address, not a broken selector', () => {
    const page = load(FIXTURE, RECORD_URL);
    const value = page.doc.querySelector('[data-test-id="left-sidebar"] [data-selenium-test="property-input-email"]');
    if (value) value.textContent = '--';
    const { email: _dropped, ...withoutEmail } = PRIYA;
    expect(read(page)).toEqual({ reading: { site: 'hubspot', view: 'record', people: [withoutEmail] }, missing: [] });
  });

  it('works with every class attribute stripped, through the data-* fallbacks', () => {
    const page = load(FIXTURE, RECORD_URL);
    page.doc.querySelectorAll('[class]').forEach((node) => node.removeAttribute('class'));
    expect(read(page)).toEqual({ reading: { site: 'hubspot', view: 'record', people: [PRIYA] }, missing: [] });
  });

  it('reads an inline editor’s input value', () => {
    const page = load(FIXTURE, RECORD_URL);
    const property = page.doc.querySelector(
      '[data-test-id="left-sidebar"] [data-selenium-test="property-input-email"]',
    );
    const input = page.doc.createElement('input');
    input.setAttribute('data-field', 'email');
    input.setAttribute('value', ' Priya.Raman@Northwind-Traders.com ');
    property?.replaceWith(input);
    expect(read(page).reading.people).toEqual([PRIYA]);
  });

  it.each([
    'https://app.hubspot.com/contacts/4455667/contact/98765432101',
    'https://app.hubspot.com/contacts/4455667/contact/98765432101/',
    'https://app-eu1.hubspot.com/contacts/4455667/record/0-1/98765432101/view/1?interaction=note',
  ])('reads the URL variant %s', (href) => {
    expect(read(load(FIXTURE, href)).reading.people).toEqual([PRIYA]);
  });
});

describe('hubspotReader on company and deal records', () => {
  const page = (title: string) => `<!DOCTYPE html><html><body>
    <div data-test-id="left-sidebar">
      <div data-selenium-component="ProfileHighlightContainer">
        <span data-selenium-test="highlightTitle"><span>${title}</span></span>
      </div>
    </div>
    <div data-test-id="records-right-sidebar">
      <a data-selenium-test="contact-chicklet-title-link" href="/contacts/4455667/record/0-1/98765432101">Priya Raman</a>
      <div data-selenium-test="property-input-email">priya.raman@northwind-traders.com</div>
    </div></body></html>`;

  it.each([
    ['https://app.hubspot.com/contacts/4455667/record/0-2/1122334455', 'company', '1122334455', 'Northwind Traders'],
    ['https://app.hubspot.com/contacts/4455667/company/1122334455/', 'company', '1122334455', 'Northwind Traders'],
    ['https://app.hubspot.com/contacts/4455667/record/0-3/33445566', 'deal', '33445566', 'Northwind — Q3 pallets'],
    ['https://app.hubspot.com/contacts/4455667/deal/33445566', 'deal', '33445566', 'Northwind — Q3 pallets'],
  ])('%s is a %s record', (href, objectType, id, name) => {
    expect(read(load(page(name), href))).toEqual({
      reading: {
        site: 'hubspot',
        view: 'record',
        people: [{ crmRecord: { crm: 'hubspot', objectType, id, portalId: '4455667' }, name, role: 'record' }],
      },
      missing: [],
    });
  });
});

describe('hubspotReader on other pages', () => {
  it.each([
    'https://app.hubspot.com/contacts/4455667/objects/0-1/views/all/list',
    'https://app.hubspot.com/contacts/4455667/record/0-5/777',
    'https://app.hubspot.com/contacts/4455667/ticket/777',
    'https://app.hubspot.com/reports-dashboard/4455667/view/123',
    'https://app.hubspot.com/',
  ])('%s is "other" with nobody on it, even with a record DOM present', (href) => {
    expect(read(load(FIXTURE, href))).toEqual({ reading: { site: 'hubspot', view: 'other', people: [] }, missing: [] });
  });
});

describe('parseRecordPath', () => {
  it('does not accept ids glued to other text', () => {
    expect(parseRecordPath('/contacts/4455667/record/0-1/98765432101abc')).toBeUndefined();
    expect(parseRecordPath('/contacts/abc/record/0-1/1')).toBeUndefined();
  });
});

describe('hubspotReader on a company record (fixture)', () => {
  const COMPANY_FIXTURE = readFileSync(
    fileURLToPath(new URL('../../../tests/fixtures/pages/hubspot-company.html', import.meta.url)),
    'utf8',
  );
  const COMPANY_URL = 'https://app.hubspot.com/contacts/4455667/record/0-2/1122334455';

  it('reports the company from the URL with the name from the left sidebar, not an association card', () => {
    const { doc, url } = load(COMPANY_FIXTURE, COMPANY_URL);
    const { reading, missing } = hubspotReader.read(doc, url);
    expect(reading).toEqual({
      site: 'hubspot',
      view: 'record',
      people: [
        {
          crmRecord: { crm: 'hubspot', objectType: 'company', id: '1122334455', portalId: '4455667' },
          name: 'Northwind Traders',
          role: 'record',
        },
      ],
    });
    expect(missing).toEqual([]);
  });
});

describe('hubspotReader on a deal record (fixture)', () => {
  const DEAL_FIXTURE = readFileSync(
    fileURLToPath(new URL('../../../tests/fixtures/pages/hubspot-deal.html', import.meta.url)),
    'utf8',
  );
  const DEAL_URL = 'https://app.hubspot.com/contacts/4455667/record/0-3/35190027741';
  const DEAL = {
    crmRecord: { crm: 'hubspot', objectType: 'deal', id: '35190027741', portalId: '4455667' },
    name: 'Northwind Traders — Fleet rollout',
    role: 'record',
  };
  /** The record on screen: the one whose layout is not display:none. */
  const LIVE = '[data-test-id="record-layout"][data-record-id="35190027741"]';

  it('reads the deal from the URL and its name from the live left sidebar', () => {
    expect(read(load(DEAL_FIXTURE, DEAL_URL))).toEqual({
      reading: { site: 'hubspot', view: 'record', people: [DEAL] },
      missing: [],
    });
  });

  it('never takes the stale deal, an association card, the hidden tab or the account menu', () => {
    const seen = JSON.stringify(read(load(DEAL_FIXTURE, DEAL_URL)).reading);
    expect(seen).not.toMatch(/Contoso|35190020417|Dana Whitfield|Priya Raman|Jordan Lee|Alex Morgan|Q-1042/);
    expect(seen).not.toContain('@');
  });

  it('reports the sidebar as missing rather than reading the hidden stale deal once the live record is gone', () => {
    const page = load(DEAL_FIXTURE, DEAL_URL);
    remove(page.doc, LIVE);
    expect(read(page)).toEqual({
      reading: { site: 'hubspot', view: 'record', people: [{ crmRecord: DEAL.crmRecord, role: 'record' }] },
      missing: ['leftSidebar'],
    });
  });

  it('reports the name as missing instead of taking the company chicklet when the highlight is gone', () => {
    const page = load(DEAL_FIXTURE, DEAL_URL);
    remove(page.doc, `${LIVE} [data-test-id="left-sidebar"] [data-selenium-test="highlightTitle"]`);
    expect(read(page)).toEqual({
      reading: { site: 'hubspot', view: 'record', people: [{ crmRecord: DEAL.crmRecord, role: 'record' }] },
      missing: ['recordName'],
    });
  });

  it('works with every class attribute stripped, through the data-* fallbacks', () => {
    const page = load(DEAL_FIXTURE, DEAL_URL);
    page.doc.querySelectorAll('[class]').forEach((node) => node.removeAttribute('class'));
    expect(read(page).reading.people).toEqual([DEAL]);
  });

  it.each([
    'https://app.hubspot.com/contacts/4455667/deal/35190027741/',
    'https://app-eu1.hubspot.com/contacts/4455667/record/0-3/35190027741/view/1',
  ])('reads the URL variant %s', (href) => {
    expect(read(load(DEAL_FIXTURE, href)).reading.people).toEqual([DEAL]);
  });
});
