import { describe, expect, it } from 'vitest';
import { FAKE_PORTAL_ID, type HubSpotFakeOptions } from '../../../tests/helpers/hubspot-fake-core';
import { fakeHubSpotRig } from '../../../tests/helpers/hubspot-fake-rig';
import type { User } from '../../model/user';
import { WorkspaceSnapshot } from '../../model/workspace';
import { createHubSpotConnector } from './hubspot-connector';

const now = new Date('2026-09-02T10:00:00Z');
const PRIYA = '98765432101';
const PRIYA_EMAIL = 'priya.raman@northwind-traders.com';
const priyaId = `hubspot:${FAKE_PORTAL_ID}:contact:${PRIYA}`;
const alex = `hubspot:${FAKE_PORTAL_ID}:owner:7001`;
const Candidate = WorkspaceSnapshot.pick({
  contacts: true,
  policies: true,
  forms: true,
  marketing: true,
  quotes: true,
  deals: true,
  outreach: true,
  users: true,
}).strict();

function setup(
  options: HubSpotFakeOptions & { linkedinProperties?: string[]; knownOwners?: () => Promise<User[]> } = {},
) {
  const { linkedinProperties, knownOwners, ...fakeOptions } = options;
  const { time, core, client } = fakeHubSpotRig(now, { tier: 'professional', fixedNow: true, ...fakeOptions });
  const connector = createHubSpotConnector({
    client,
    portalId: FAKE_PORTAL_ID,
    now: () => now,
    doNotCallProperty: 'do_not_call',
    legalHoldProperty: 'legal_hold',
    ...(linkedinProperties ? { linkedinProperties } : {}),
    ...(knownOwners ? { knownOwners } : {}),
    timers: time.timers,
  });
  const find = (person: Parameters<typeof connector.findPerson>[0]) => time.drive(connector.findPerson(person));
  return { core, connector, find, time };
}

describe('HubSpot connector', () => {
  it('builds Priya’s brief from her email', async () => {
    const { core, find } = setup();
    const found = await find({ email: PRIYA_EMAIL, role: 'sender' });
    console.warn(`HubSpot API calls for one cold lookup: ${core.log.length}`);
    expect(core.log.length).toBeLessThanOrEqual(20);
    expect(core.log.every((r) => r.status < 300)).toBe(true);
    expect(found?.partial).toBeUndefined();

    const brief = Candidate.parse(found);
    expect(brief.contacts).toEqual([
      expect.objectContaining({ id: priyaId, crmIds: { hubspot: { portalId: FAKE_PORTAL_ID, id: PRIYA } } }),
    ]);
    expect(brief.quotes).toHaveLength(1);
    expect(brief.quotes[0]).toMatchObject({
      number: 'Q-1042',
      discountPercent: 10,
      contactIds: [priyaId],
      lineItems: [{ quantity: 40, unitPrice: 540, discountPercent: 10 }],
    });
    expect(brief.deals).toEqual([expect.objectContaining({ ownerId: alex, stage: 'Proposal', contactIds: [priyaId] })]);
    expect(brief.users).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: alex, email: 'alex.morgan@example.com' })]),
    );
    expect(brief.forms[0]?.fields).toEqual(expect.arrayContaining([{ label: 'Fleet size', value: '40 vehicles' }]));
    expect(brief.marketing[0]?.campaign.name).toBe('Autumn annual-plan promotion');
    expect(brief.marketing[0]?.events.map((e) => e.type)).toEqual(['delivered', 'open', 'click']);
    expect(brief.outreach.map((o) => o.channel).sort()).toEqual(['email', 'email', 'email', 'meeting']);
    expect(brief.outreach.every((o) => o.contactId === priyaId)).toBe(true);
    expect(brief.policies).toEqual([{ contactId: priyaId, flags: [] }]);
  });

  it('flags Dana’s email opt-out and do-not-call', async () => {
    const { find } = setup();
    const found = await find({ email: 'dana.whitfield@contoso.io', role: 'sender' });
    const kinds = found?.policies[0]?.flags.map((f) => f.kind) ?? [];
    expect(kinds).toContain('email_opt_out');
    expect(kinds).toContain('do_not_call');
  });

  it('returns undefined for an email HubSpot does not know', async () => {
    const { find } = setup();
    expect(await find({ email: 'nobody@unknown-example.org', role: 'sender' })).toBeUndefined();
  });

  it('finds Priya by LinkedIn URL (variant without www and slash) and by HubSpot id', async () => {
    const { find, core } = setup();
    const byUrl = await find({ linkedinUrl: 'https://linkedin.com/in/priya-raman-4b2a1c', role: 'profile' });
    expect(byUrl?.contacts[0]?.id).toBe(priyaId);
    expect(core.log[0]?.path).toBe('/crm/v3/objects/contacts/search');
    const byId = await find({ crmRecord: { crm: 'hubspot', objectType: 'contact', id: PRIYA }, role: 'record' });
    expect(byId?.contacts[0]?.id).toBe(priyaId);
    const unknown = await find({ linkedinUrl: 'https://www.linkedin.com/in/nobody-000/', role: 'profile' });
    expect(unknown).toBeUndefined();
  });

  it('returns the contact with partial when the subscription status fails', async () => {
    const { find } = setup({ failures: [{ path: /communication-preferences/, status: 500 }] });
    const found = await find({ email: PRIYA_EMAIL, role: 'sender' });
    expect(found?.contacts[0]?.id).toBe(priyaId);
    expect(found?.partial).toEqual({ policy: ['subscription status: not read (server 500)'] });
  });

  it('reports a failed deals read as partial, not as "no deals"', async () => {
    const { find } = setup({ failures: [{ path: /objects\/deals\/batch\/read$/, status: 403 }] });
    const found = await find({ email: PRIYA_EMAIL, role: 'sender' });
    expect(found?.deals).toEqual([]);
    expect(found?.partial).toEqual({ deals: ['deals batch read: not read (client 403)'] });
  });

  it('throws without PII when the contact read is refused', async () => {
    const { find } = setup({ failures: [{ path: /contacts\/batch\/read$/, status: 401 }] });
    const error = await find({ email: PRIYA_EMAIL, role: 'sender' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('HubSpot contact read by email failed (unauthorized 401)');
    expect((error as Error).message).not.toContain('priya');
  });

  it('batches concurrent lookups: two people opened at once cost one contact read', async () => {
    const { core, connector, time } = setup();
    const [priya, dana] = await time.drive(
      Promise.all([
        connector.findPerson({ email: PRIYA_EMAIL, role: 'sender' }),
        connector.findPerson({ email: 'dana.whitfield@contoso.io', role: 'recipient' }),
      ]),
    );
    expect(priya?.contacts[0]?.id).toBe(priyaId);
    expect(dana?.contacts[0]?.emails).toContain('dana.whitfield@contoso.io');
    const contactReads = core.log.filter((r) => r.path === '/crm/v3/objects/contacts/batch/read');
    expect(contactReads).toHaveLength(1);
    expect((contactReads[0]?.body as { inputs: unknown[] }).inputs).toHaveLength(2);
  });

  it('searches every configured LinkedIn property (one filter group each) and stores the URL normalised', async () => {
    const { core, find } = setup({ linkedinProperties: ['linkedin_profile', 'hs_linkedin_url'] });
    const found = await find({ linkedinUrl: 'https://linkedin.com/in/priya-raman-4b2a1c', role: 'profile' });
    expect(found?.contacts[0]?.linkedinUrl).toBe('https://www.linkedin.com/in/priya-raman-4b2a1c/');
    const search = core.log.find((r) => r.path === '/crm/v3/objects/contacts/search');
    const groups = (search?.body as { filterGroups: { filters: { propertyName: string }[] }[] }).filterGroups;
    expect(groups.map((g) => g.filters[0]?.propertyName)).toEqual(['linkedin_profile', 'hs_linkedin_url']);
  });

  describe('owners known from connect', () => {
    const ownersRead = (log: { path: string }[]) => log.filter((r) => r.path === '/crm/v3/owners').length;

    it('takes them from the cache: no owners read, same users in the brief', async () => {
      const cold = setup();
      const fetched = Candidate.parse(await cold.find({ email: PRIYA_EMAIL, role: 'sender' }));
      expect(ownersRead(cold.core.log)).toBe(1);

      const cached = setup({ knownOwners: async () => fetched.users });
      const brief = Candidate.parse(await cached.find({ email: PRIYA_EMAIL, role: 'sender' }));
      expect(ownersRead(cached.core.log)).toBe(0);
      expect(cached.core.log.length).toBe(cold.core.log.length - 1);
      expect(brief.users.map((u) => u.id).sort()).toEqual(fetched.users.map((u) => u.id).sort());
    });

    it('reads the owners list when the brief names an owner the cache does not know (hired since connect)', async () => {
      const cold = setup();
      const fetched = Candidate.parse(await cold.find({ email: PRIYA_EMAIL, role: 'sender' }));
      const withoutAlex = fetched.users.filter((u) => u.id !== alex);

      const stale = setup({ knownOwners: async () => withoutAlex });
      const brief = Candidate.parse(await stale.find({ email: PRIYA_EMAIL, role: 'sender' }));
      expect(ownersRead(stale.core.log)).toBe(1);
      expect(brief.users.map((u) => u.id)).toContain(alex);
    });

    it('falls back to the owners read when the cache cannot be read', async () => {
      const broken = setup({ knownOwners: () => Promise.reject(new Error('IndexedDB closed')) });
      const brief = Candidate.parse(await broken.find({ email: PRIYA_EMAIL, role: 'sender' }));
      expect(ownersRead(broken.core.log)).toBe(1);
      expect(brief.users.map((u) => u.id)).toContain(alex);
    });
  });

  describe('account of a company or deal record', () => {
    const MARCUS = `hubspot:${FAKE_PORTAL_ID}:contact:98765433310`;
    const account = (c: ReturnType<typeof setup>, objectType: 'company' | 'deal', id: string) =>
      c.time.drive(c.connector.findAccount!({ objectType, id }));

    it('lists every contact of the company, flagged first, with its deals and open quotes', async () => {
      const c = setup();
      const found = await account(c, 'company', '3300112');
      expect(found).toMatchObject({ status: 'found', name: 'Northwind Traders', domain: 'northwind-traders.com' });
      expect(found?.matchedBy).toBe('crm_record');
      // Marcus was never looked up: the account view still shows him, opted out, before Priya.
      expect(found?.people.map((p) => [p.contactId, p.flags.map((f) => f.kind)])).toEqual([
        [MARCUS, ['email_opt_out']],
        [priyaId, []],
      ]);
      expect(found?.openQuotes.map((q) => q.number)).toEqual(['Q-1042']);
      expect(found?.deals.map((d) => d.stage)).toEqual(['Proposal']);
      expect(found?.owners[alex]?.name).toBeTruthy();
      expect(found?.partial).toEqual(['subscription statuses: not read for the whole account (open a person)']);
      expect(c.core.log.every((r) => r.status < 300 || r.status === 207)).toBe(true);
    });

    it('a deal record lists the deal’s people and only that deal', async () => {
      const c = setup();
      const found = await account(c, 'deal', '6120987');
      expect(found?.people.map((p) => p.contactId).sort()).toEqual([priyaId, MARCUS].sort());
      expect(found?.deals.map((d) => d.id)).toEqual([`hubspot:${FAKE_PORTAL_ID}:deal:6120987`]);
    });

    it('says "not there" for a record HubSpot does not have, and throws when it cannot tell', async () => {
      expect(await account(setup(), 'company', '404404')).toBeUndefined();
      const failing = setup({ failures: [{ path: /objects\/companies\//, status: 503 }] });
      await expect(account(failing, 'company', '3300112')).rejects.toThrow(/HubSpot company read failed/);
    });

    it('reports a failed deals read on the account instead of "no deals"', async () => {
      const c = setup({ failures: [{ path: /objects\/deals\/batch\/read$/, status: 403 }] });
      const found = await account(c, 'company', '3300112');
      expect(found?.deals).toEqual([]);
      expect(found?.partial).toContain('deals batch read: not read (client 403)');
    });
  });
});
