import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PreflightDb } from './db';

describe('schema upgrade v1 → v2', () => {
  it('keeps cached data and adds the audit log and outbox', async () => {
    const name = `upgrade-${Date.now()}`;
    // The v1 schema exactly as the first release shipped it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      contacts: 'id, *emails, linkedinUrl, company.domain, crmIds.hubspot.id, crmIds.salesforce.id',
      users: 'id, &email',
      products: 'id, name',
      policies: 'contactId',
      forms: 'id, contactId, submittedAt',
      marketing: 'id, contactId, sentAt, campaign.id',
      quotes: 'id, *contactIds, companyDomain, status, expiresAt',
      deals: 'id, *contactIds, companyDomain, isClosed',
      outreach: 'id, contactId, at, byUserId',
      freshness: '[contactId+section], contactId',
      lookupMisses: 'key, checkedAt',
      meta: 'key',
    });
    await v1
      .table('contacts')
      .put({ id: 'demo:priya', emails: ['priya.raman@northwind-traders.com'], name: 'Priya Raman' });
    v1.close();

    const v2 = new PreflightDb(name);
    expect((await v2.contacts.where('emails').equals('priya.raman@northwind-traders.com').first())?.name).toBe(
      'Priya Raman',
    );
    expect(v2.verno).toBe(2);
    expect(await v2.audit.count()).toBe(0);
    expect(await v2.outbox.count()).toBe(0);
    v2.close();
    await Dexie.delete(name);
  });
});
