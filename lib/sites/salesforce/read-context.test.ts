import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openFixtureWindow, pageOf } from '../../../tests/helpers/fixture-window';
import { describe, expect, it } from 'vitest';
import { PageContext } from '../../model/page-context';
import type { ReadResult } from '../site-reader';
import { salesforceReader } from './read-context';

const FIXTURE = readFileSync(
  fileURLToPath(new URL('../../../tests/fixtures/pages/salesforce-contact.html', import.meta.url)),
  'utf8',
);
const ORIGIN = 'https://northwind-demo.lightning.force.com';
const RECORD_URL = `${ORIGIN}/lightning/r/Contact/003Dn00000QxYzAIAV/view`;
const PRIYA = {
  crmRecord: { crm: 'salesforce', objectType: 'contact', id: '003Dn00000QxYzAIAV' },
  email: 'priya.raman@northwind-traders.com',
  name: 'Priya Raman',
  role: 'record',
};
const ACTIVE = 'div.windowViewMode-normal.active';
const CACHED = 'div.windowViewMode-normal:not(.active)';

function load(html: string, url: string): { doc: Document; url: URL } {
  return pageOf(openFixtureWindow(html, url));
}

function read(page: { doc: Document; url: URL }): ReadResult {
  const result = salesforceReader.read(page.doc, page.url);
  PageContext.parse({ ...result.reading, observedAt: '2024-05-02T16:40:00+01:00' });
  return result;
}

function remove(doc: Document, selector: string): void {
  doc.querySelectorAll(selector).forEach((node) => node.remove());
}

function without<K extends keyof typeof PRIYA>(...keys: K[]): Omit<typeof PRIYA, K> {
  const copy: Partial<typeof PRIYA> = { ...PRIYA };
  for (const key of keys) delete copy[key];
  return copy as Omit<typeof PRIYA, K>;
}

describe('salesforceReader.matches', () => {
  it.each([
    [RECORD_URL, true],
    ['https://acme--sandbox.sandbox.lightning.force.com/lightning/page/home', true],
    ['https://northwind-demo.my.salesforce.com/003Dn00000QxYzAIAV', false],
    ['https://lightning.force.com.evil.example/lightning/r/Contact/003Dn00000QxYzAIAV/view', false],
    ['http://northwind-demo.lightning.force.com/lightning/r/Contact/003Dn00000QxYzAIAV/view', false],
  ])('%s → %s', (href, expected) => {
    expect(salesforceReader.matches(new URL(href))).toBe(expected);
  });
});

describe('salesforceReader on the contact fixture', () => {
  it('reads the record from the URL and the active page', () => {
    expect(read(load(FIXTURE, RECORD_URL))).toEqual({
      reading: { site: 'salesforce', view: 'record', people: [PRIYA] },
      missing: [],
    });
  });

  it('never reads the cached page, which comes first in the DOM', () => {
    const page = load(FIXTURE, RECORD_URL);
    // The trap is real: a document-wide lookup finds the cached contact first.
    expect(page.doc.querySelector('lightning-formatted-email a')?.getAttribute('href')).toBe(
      'mailto:jordan.lee@northwind-traders.com',
    );
    const seen = JSON.stringify(read(page).reading);
    expect(seen).not.toContain('jordan.lee@northwind-traders.com');
    expect(seen).not.toContain('Jordan Lee');
  });

  it('follows the active marker when it moves to the other page', () => {
    const page = load(FIXTURE, RECORD_URL);
    const [cached, active] = Array.from(page.doc.querySelectorAll('div.windowViewMode-normal'));
    active?.classList.remove('active');
    cached?.classList.add('active');
    expect(read(page).reading.people).toEqual([
      { ...PRIYA, email: 'jordan.lee@northwind-traders.com', name: 'Jordan Lee' },
    ]);
  });

  it('reports the email as missing instead of taking one from the timeline or the cached page', () => {
    const page = load(FIXTURE, RECORD_URL);
    remove(page.doc, `${ACTIVE} records-record-layout-item[field-label="Email"]`);
    expect(read(page)).toEqual({
      reading: { site: 'salesforce', view: 'record', people: [without('email')] },
      missing: ['email'],
    });
  });

  it('treats an empty Email field as a contact without an address, not a broken selector', () => {
    const page = load(FIXTURE, RECORD_URL);
    remove(page.doc, `${ACTIVE} lightning-formatted-email`);
    expect(read(page)).toEqual({
      reading: { site: 'salesforce', view: 'record', people: [without('email')] },
      missing: [],
    });
  });

  it('falls back to the Name field and then reports the name as missing', () => {
    const page = load(FIXTURE, RECORD_URL);
    remove(page.doc, `${ACTIVE} records-lwc-highlights-panel`);
    expect(read(page)).toEqual({ reading: { site: 'salesforce', view: 'record', people: [PRIYA] }, missing: [] });
    remove(page.doc, `${ACTIVE} [data-target-selection-name="sfdc:RecordField.Contact.Name"]`);
    expect(read(page)).toEqual({
      reading: { site: 'salesforce', view: 'record', people: [without('name')] },
      missing: ['recordName'],
    });
  });

  it('works with styling classes and volatile attributes stripped', () => {
    const page = load(FIXTURE, RECORD_URL);
    // Keep only the state classes Lightning uses to pick the page on screen; everything else may change.
    const keep = new Set(['windowViewMode-normal', 'active']);
    for (const node of Array.from(page.doc.querySelectorAll('*'))) {
      const classes = Array.from(node.classList).filter((name) => keep.has(name));
      if (classes.length > 0) node.setAttribute('class', classes.join(' '));
      else node.removeAttribute('class');
      for (const attribute of Array.from(node.attributes)) {
        if (attribute.name === 'data-aura-rendered-by' || attribute.name.includes('_'))
          node.removeAttribute(attribute.name);
      }
    }
    expect(read(page)).toEqual({ reading: { site: 'salesforce', view: 'record', people: [PRIYA] }, missing: [] });
  });

  it('refuses to guess between two record pages when nothing marks the active one', () => {
    const page = load(FIXTURE, RECORD_URL);
    page.doc.querySelectorAll('[class]').forEach((node) => node.removeAttribute('class'));
    expect(read(page)).toEqual({
      reading: { site: 'salesforce', view: 'record', people: [{ crmRecord: PRIYA.crmRecord, role: 'record' }] },
      missing: ['activeRecordPage'],
    });
  });

  it('reads the only record page when nothing marks it active, and still reports the selector', () => {
    const page = load(FIXTURE, RECORD_URL);
    remove(page.doc, CACHED);
    page.doc.querySelectorAll('[class]').forEach((node) => node.removeAttribute('class'));
    expect(read(page)).toEqual({
      reading: { site: 'salesforce', view: 'record', people: [PRIYA] },
      missing: ['activeRecordPage'],
    });
  });

  it('reads a Lead the same way', () => {
    const html = FIXTURE.replaceAll('sfdc:RecordField.Contact.', 'sfdc:RecordField.Lead.');
    const page = load(html, `${ORIGIN}/lightning/r/Lead/00QDn000004KqXyMAK/view`);
    expect(read(page).reading.people).toEqual([
      { ...PRIYA, crmRecord: { crm: 'salesforce', objectType: 'lead', id: '00QDn000004KqXyMAK' } },
    ]);
  });

  it.each([
    `${RECORD_URL}?ws=%2Flightning%2Fr%2FAccount%2F001Dn00000AbCdEIAZ%2Fview`,
    `${RECORD_URL}/`,
    `${ORIGIN}/lightning/r/Contact/003Dn00000QxYzA/view`,
  ])('reads the URL variant %s', (href) => {
    const person = read(load(FIXTURE, href)).reading.people[0];
    expect(person).toMatchObject({ name: 'Priya Raman', email: PRIYA.email, role: 'record' });
  });
});

describe('salesforceReader on an Account', () => {
  const ACCOUNT_URL = `${ORIGIN}/lightning/r/Account/001Dn00000AbCdEIAZ/view`;
  const html = `<!DOCTYPE html><html><body><div class="center oneCenterStage">
    <div class="windowViewMode-normal oneContent active">
      <records-lwc-highlights-panel>
        <h1><records-entity-label slot="entityLabel">Account</records-entity-label>
          <slot name="primaryField"><lightning-formatted-text slot="primaryField">Northwind Traders</lightning-formatted-text></slot>
        </h1>
      </records-lwc-highlights-panel>
      <lst-related-list-single-container>
        <article class="slds-card"><h2>Contacts (2)</h2>
          <a href="/lightning/r/003Dn00000QxYzAIAV/view">Priya Raman</a>
          <lightning-formatted-email><a href="mailto:priya.raman@northwind-traders.com">priya.raman@northwind-traders.com</a></lightning-formatted-email>
        </article>
      </lst-related-list-single-container>
    </div></div></body></html>`;

  it('reads the account name and no address, even with contacts listed on the page', () => {
    expect(read(load(html, ACCOUNT_URL))).toEqual({
      reading: {
        site: 'salesforce',
        view: 'record',
        people: [
          {
            crmRecord: { crm: 'salesforce', objectType: 'account', id: '001Dn00000AbCdEIAZ' },
            name: 'Northwind Traders',
            role: 'record',
          },
        ],
      },
      missing: [],
    });
  });
});

describe('salesforceReader in a console app', () => {
  it('reads the maximized active tab and skips the background one', () => {
    const tab = (active: boolean, name: string, email: string) => `
      <section class="tabContent oneConsoleTab${active ? ' active' : ''}">
        <div class="windowViewMode-maximized${active ? ' active' : ''} lafPageHost">
          <records-lwc-highlights-panel><lightning-formatted-name slot="primaryField">${name}</lightning-formatted-name></records-lwc-highlights-panel>
          <records-record-layout-item field-label="Email">
            <div data-target-selection-name="sfdc:RecordField.Contact.Email">
              <lightning-formatted-email><a href="mailto:${email}">${email}</a></lightning-formatted-email>
            </div>
          </records-record-layout-item>
        </div>
      </section>`;
    const html = `<!DOCTYPE html><html><body>${tab(false, 'Jordan Lee', 'jordan.lee@northwind-traders.com')}${tab(true, 'Priya Raman', PRIYA.email)}</body></html>`;
    expect(read(load(html, RECORD_URL)).reading.people).toEqual([PRIYA]);
  });
});

describe('salesforceReader on other pages', () => {
  it.each([
    `${ORIGIN}/lightning/page/home`,
    `${ORIGIN}/lightning/o/Contact/list?filterName=Recent`,
    `${ORIGIN}/lightning/r/Contact/003Dn00000QxYzAIAV/related/Opportunities/view`,
    `${ORIGIN}/lightning/r/Case/500Dn00000AbCdEIAZ/view`,
    `${ORIGIN}/lightning/r/Contact/not-an-id/view`,
    `${ORIGIN}/lightning/setup/SetupOneHome/home`,
  ])('%s is "other" with nobody on it, even with a record DOM present', (href) => {
    expect(read(load(FIXTURE, href))).toEqual({
      reading: { site: 'salesforce', view: 'other', people: [] },
      missing: [],
    });
  });
});

describe('salesforceReader on an Account record (fixture)', () => {
  const ACCOUNT_FIXTURE = readFileSync(
    fileURLToPath(new URL('../../../tests/fixtures/pages/salesforce-account.html', import.meta.url)),
    'utf8',
  );
  const ACCOUNT_URL = 'https://northwind-demo.lightning.force.com/lightning/r/Account/001Dn00000NwTrAIAV/view';

  it('reports the account from the URL and the active page’s name, not the cached contact page', () => {
    const { doc, url } = load(ACCOUNT_FIXTURE, ACCOUNT_URL);
    const { reading, missing } = salesforceReader.read(doc, url);
    expect(reading.people).toEqual([
      {
        crmRecord: { crm: 'salesforce', objectType: 'account', id: '001Dn00000NwTrAIAV' },
        name: 'Northwind Traders',
        role: 'record',
      },
    ]);
    expect(missing).toEqual([]);
  });
});

describe('salesforceReader on Lead and Opportunity records (fixtures)', () => {
  const fixture = (name: string) =>
    readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/pages/${name}`, import.meta.url)), 'utf8');

  it('a Lead: the lead’s own name and address from the active page, not the cached contact or the activity', () => {
    const url = 'https://northwind-demo.lightning.force.com/lightning/r/Lead/00QDn00000JoLeAAAQ/view';
    const { doc, url: parsed } = load(fixture('salesforce-lead.html'), url);
    const { reading, missing } = salesforceReader.read(doc, parsed);
    expect(reading.people).toEqual([
      {
        crmRecord: { crm: 'salesforce', objectType: 'lead', id: '00QDn00000JoLeAAAQ' },
        name: 'Jordan Lee',
        email: 'jordan.lee@northwind-traders.com',
        role: 'record',
      },
    ]);
    expect(missing).toEqual([]);
  });

  it('an Opportunity: its name from the active page, not the cached account page', () => {
    const url = 'https://northwind-demo.lightning.force.com/lightning/r/Opportunity/006Dn00000Opp1AIAR/view';
    const { doc, url: parsed } = load(fixture('salesforce-opportunity.html'), url);
    const { reading } = salesforceReader.read(doc, parsed);
    expect(reading.people).toEqual([
      {
        crmRecord: { crm: 'salesforce', objectType: 'opportunity', id: '006Dn00000Opp1AIAR' },
        name: 'Northwind Traders — Fleet rollout',
        role: 'record',
      },
    ]);
  });
});
