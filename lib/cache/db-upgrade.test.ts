import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PreflightDb } from './db';

describe('schema upgrade v1 → current', () => {
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
    expect(v2.verno).toBe(6);
    expect(await v2.audit.count()).toBe(0);
    expect(await v2.campaignFetched.count()).toBe(0);
    expect(await v2.outbox.count()).toBe(0);
    v2.close();
    await Dexie.delete(name);
  });

  it('v2 → v3: adds the connection table and gives queued notes their marker', async () => {
    const name = `upgrade-v2-${Date.now()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({
      outbox: 'id, &idempotencyKey, status, createdAt',
    });
    await v2.table('outbox').put({
      id: 'o1',
      idempotencyKey: 'decision:a1b2c3d4:sent_anyway',
      kind: 'timeline_note',
      createdAt: '2026-11-20T10:00:00.000Z',
      status: 'pending',
      attempts: 0,
      payload: { recipients: [], title: 't', body: '• x\n[preflight-decision:a1b2c3d4]', auditEntryId: 'e1' },
    });
    v2.close();

    const v3 = new PreflightDb(name);
    const row = await v3.outbox.get('o1');
    expect(row?.kind === 'timeline_note' && row.payload.marker).toBe('[preflight-decision:a1b2c3d4]');
    expect(await v3.connections.count()).toBe(0);
    v3.close();
    await Dexie.delete(name);
  });
});
