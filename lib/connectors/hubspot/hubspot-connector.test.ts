import { describe, expect, it } from 'vitest';
import { FAKE_PORTAL_ID, type HubSpotFakeOptions } from '../../../tests/helpers/hubspot-fake-core';
import { fakeHubSpotRig } from '../../../tests/helpers/hubspot-fake-rig';
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

function setup(options: HubSpotFakeOptions & { linkedinProperties?: string[] } = {}) {
  const { linkedinProperties, ...fakeOptions } = options;
  const { time, core, client } = fakeHubSpotRig(now, { tier: 'professional', fixedNow: true, ...fakeOptions });
  const connector = createHubSpotConnector({
    client,
    portalId: FAKE_PORTAL_ID,
    now: () => now,
    doNotCallProperty: 'do_not_call',
    legalHoldProperty: 'legal_hold',
    ...(linkedinProperties ? { linkedinProperties } : {}),
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
});
