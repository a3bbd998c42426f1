import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropDb, JORDAN_EMAIL, PRIYA_EMAIL, seededDemoDb } from '../../../tests/helpers/demo-db';
import { JORDAN_ID, PRIYA_ID } from '../../connectors/demo/story-contacts';
import type { PersonOnPage } from '../../model/page-context';
import type { PreflightDb } from '../db';
import { findCachedContact, lookupKey } from './find-contact';

const PRIYA_LINKEDIN = 'https://www.linkedin.com/in/priya-raman-4b2a1c/';
const PRIYA_HUBSPOT = { crm: 'hubspot', objectType: 'contact', id: '98765432101', portalId: '4455667' } as const;
const PRIYA_SALESFORCE_18 = '003Dn00000QxYzAIAV';

let db: PreflightDb;

// Lookups only read: one seeded database serves the whole file.
beforeAll(async () => {
  db = await seededDemoDb();
});
afterAll(async () => {
  await dropDb(db);
});

const find = (person: Omit<PersonOnPage, 'role'>) => findCachedContact(db, { role: 'sender', ...person });

describe('findCachedContact by email', () => {
  it.each([
    ['the stored form', PRIYA_EMAIL],
    ['mixed case', 'Priya.Raman@Northwind-Traders.COM'],
    ['surrounding whitespace', `  ${PRIYA_EMAIL}\t`],
    ['a display-name form', `"Priya Raman" <${PRIYA_EMAIL}>`],
    ['an unquoted display name', `Priya Raman <PRIYA.RAMAN@northwind-traders.com>`],
    ['a mailto: link', `mailto:${PRIYA_EMAIL}`],
  ])('matches %s', async (_label, email) => {
    const match = await find({ email });
    expect(match?.contact.id).toBe(PRIYA_ID);
    expect(match?.matchedBy).toBe('email');
  });

  it('does not match an unknown address, a look-alike domain or garbage', async () => {
    expect(await find({ email: 'sam.patel@example.org' })).toBeUndefined();
    expect(await find({ email: 'priya.raman@northwind-traders.com.evil.example' })).toBeUndefined();
    expect(await find({ email: 'priya.raman' })).toBeUndefined();
  });
});

describe('findCachedContact by LinkedIn URL', () => {
  it.each([
    ['the canonical URL', PRIYA_LINKEDIN],
    ['no trailing slash', 'https://www.linkedin.com/in/priya-raman-4b2a1c'],
    ['a locale subdomain', 'https://de.linkedin.com/in/priya-raman-4b2a1c/'],
    ['a query string', 'https://www.linkedin.com/in/priya-raman-4b2a1c/?originalSubdomain=uk&trk=people'],
    ['a bare host and an upper-case slug', 'https://linkedin.com/in/Priya-Raman-4B2A1C'],
    ['a sub-page', 'https://www.linkedin.com/in/priya-raman-4b2a1c/overlay/contact-info/'],
  ])('matches %s', async (_label, linkedinUrl) => {
    const match = await find({ linkedinUrl });
    expect(match?.contact.id).toBe(PRIYA_ID);
    expect(match?.matchedBy).toBe('linkedin');
  });

  it('does not match the same path on another host or a company page', async () => {
    expect(await find({ linkedinUrl: 'https://evil.example/in/priya-raman-4b2a1c/' })).toBeUndefined();
    expect(await find({ linkedinUrl: 'https://www.linkedin.com/company/northwind-traders/' })).toBeUndefined();
  });
});

describe('findCachedContact by CRM id', () => {
  it('matches a HubSpot contact id in its portal', async () => {
    const match = await find({ crmRecord: PRIYA_HUBSPOT });
    expect(match?.contact.id).toBe(PRIYA_ID);
    expect(match?.matchedBy).toBe('crm_id');
  });

  it('matches a HubSpot id when the page gave no portal', async () => {
    const match = await find({ crmRecord: { crm: 'hubspot', objectType: 'contact', id: '98765432101' } });
    expect(match?.contact.id).toBe(PRIYA_ID);
  });

  it('does not take the same HubSpot id in another portal for the same person', async () => {
    expect(await find({ crmRecord: { ...PRIYA_HUBSPOT, portalId: '9999999' } })).toBeUndefined();
  });

  it('matches an 18-character Salesforce contact id and a lead', async () => {
    for (const objectType of ['contact', 'lead']) {
      const match = await find({ crmRecord: { crm: 'salesforce', objectType, id: PRIYA_SALESFORCE_18 } });
      expect(match?.contact.id).toBe(PRIYA_ID);
      expect(match?.matchedBy).toBe('crm_id');
    }
  });

  it('matches the 15-character form of a Salesforce id (case-sensitive)', async () => {
    const id15 = PRIYA_SALESFORCE_18.slice(0, 15);
    const match = await find({ crmRecord: { crm: 'salesforce', objectType: 'contact', id: id15 } });
    expect(match?.contact.id).toBe(PRIYA_ID);
    expect(
      await find({ crmRecord: { crm: 'salesforce', objectType: 'contact', id: id15.toLowerCase() } }),
    ).toBeUndefined();
  });

  it('ignores records that are not people (a company id is not a contact id)', async () => {
    expect(
      await find({ crmRecord: { crm: 'hubspot', objectType: 'company', id: '98765432101', portalId: '4455667' } }),
    ).toBeUndefined();
  });

  it('prefers the exact CRM id over an email that belongs to someone else', async () => {
    const match = await find({ crmRecord: PRIYA_HUBSPOT, email: JORDAN_EMAIL });
    expect(match?.contact.id).toBe(PRIYA_ID);
    expect(match?.matchedBy).toBe('crm_id');
  });

  it('falls back to the email when the CRM id is unknown', async () => {
    const match = await find({ crmRecord: { ...PRIYA_HUBSPOT, id: '1' }, email: JORDAN_EMAIL });
    expect(match?.contact.id).toBe(JORDAN_ID);
    expect(match?.matchedBy).toBe('email');
  });
});

describe('lookupKey', () => {
  it('keys by normalised email first, then canonical LinkedIn URL, then CRM id', () => {
    expect(lookupKey({ email: ' Sam.Patel@Example.org ', role: 'sender' })).toBe('email:sam.patel@example.org');
    expect(lookupKey({ linkedinUrl: 'https://de.linkedin.com/in/Sam-Patel/?trk=x', role: 'profile' })).toBe(
      'linkedin:https://www.linkedin.com/in/sam-patel/',
    );
    expect(
      lookupKey({ crmRecord: { crm: 'salesforce', objectType: 'lead', id: '00Q000000000001' }, role: 'record' }),
    ).toBe('crm:salesforce:00Q000000000001');
  });

  it('gives no key when nothing identifies the person', () => {
    expect(lookupKey({ email: 'not an email', role: 'sender' })).toBeUndefined();
  });
});
