import { describe, expect, it } from 'vitest';
import { installHubSpotBackground } from '../../tests/helpers/hubspot-background';
import { FAKE_PORTAL_ID } from '../../tests/helpers/hubspot-fake-core';

const background = installHubSpotBackground();
const MARCUS = `hubspot:${FAKE_PORTAL_ID}:contact:98765433310`;

async function connected(options: Parameters<typeof background.setup>[0] = {}) {
  const { db, core, handlers } = await background.connectedHandlers(options);
  const lookup = (request: { kind: 'company' | 'deal'; name?: string; hubspotRecordId?: string }) =>
    handlers['account/lookup']({ type: 'account/lookup', ...request }, { tabId: 1 } as never);
  return { db, core, lookup };
}

describe('account/lookup with HubSpot connected', () => {
  it('reads the company live by its record id: people never looked up are listed, flags first', async () => {
    const { core, lookup } = await connected();
    const account = await lookup({ kind: 'company', name: 'Northwind Traders', hubspotRecordId: '3300112' });
    expect(account).toMatchObject({ status: 'found', name: 'Northwind Traders', matchedBy: 'crm_record' });
    if (account.status !== 'found') return;
    expect(account.people[0]).toMatchObject({ contactId: MARCUS, flags: [{ kind: 'email_opt_out' }] });
    expect(account.openQuotes.map((q) => q.number)).toEqual(['Q-1042']);
    // Owners were cached at connect: the account read does not list them again.
    const ownerReads = core.log.filter((r) => r.path === '/crm/v3/owners');
    expect(ownerReads).toHaveLength(1);
  });

  it('says "not found" for a record id HubSpot does not have', async () => {
    const { lookup } = await connected();
    expect(await lookup({ kind: 'company', name: 'Gone Ltd', hubspotRecordId: '404404' })).toMatchObject({
      status: 'not_found',
      name: 'Gone Ltd',
    });
  });

  it('falls back to the cache when HubSpot fails, and says so', async () => {
    const { db, lookup } = await connected({ failures: [{ path: /objects\/companies\//, status: 503 }] });
    // The cache knows Priya at Northwind from an earlier brief.
    await db.contacts.put({
      id: 'hubspot:cached:contact:1',
      name: 'Priya Raman',
      emails: ['priya.raman@northwind-traders.com'],
      company: { name: 'Northwind Traders', domain: 'northwind-traders.com' },
    } as never);
    const account = await lookup({ kind: 'company', name: 'Northwind Traders', hubspotRecordId: '3300112' });
    expect(account).toMatchObject({ status: 'found', matchedBy: 'company_name' });
    if (account.status !== 'found') return;
    expect(account.note).toBe('The CRM could not be read: cached people only.');
    expect(account.people.map((p) => p.name)).toContain('Priya Raman');
  });

  it('without a record id (Salesforce pages, older HubSpot URLs) reads the cache by name', async () => {
    const { core, lookup } = await connected();
    const before = core.log.length;
    const account = await lookup({ kind: 'company', name: 'Nobody Cached Inc' });
    expect(account.status).toBe('not_found');
    expect(core.log.length).toBe(before);
  });
});
