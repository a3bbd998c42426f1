import { describe, expect, it } from 'vitest';
import { setConnectionState } from '../../lib/cache/write/connection';
import { installHubSpotBackground } from '../../tests/helpers/hubspot-background';
import { syntheticEmail } from '../../tests/helpers/hubspot-fake-core';
import { COLD_READ_NOTE } from './campaign-check';

const background = installHubSpotBackground();

async function connected(options: Parameters<typeof background.setup>[0] = {}) {
  const { db, core, handlers } = await background.connectedHandlers(options);
  const check = (emails: string[]) =>
    handlers['campaign/check']({ type: 'campaign/check', emails }, { tabId: 1 } as never);
  const contactReads = () => core.log.filter((r) => r.path === '/crm/v3/objects/contacts/batch/read').length;
  return { db, core, check, contactReads };
}

describe('campaign check with HubSpot connected (cold cache)', () => {
  it('reads uncached addresses in batches of 100, holds back opted-out contacts, and keeps a checkpoint', async () => {
    const { db, core, check, contactReads } = await connected({ syntheticContacts: 300 });
    const emails = [...Array.from({ length: 250 }, (_, i) => syntheticEmail(i + 1)), 'nobody@nowhere-example.org'];
    const { verdicts } = await check(emails);
    expect(contactReads()).toBe(3);
    // Deals and quotes of the 250 found: one association call each (the synthetic buyers have neither).
    const associations = core.log.filter((r) => r.path.startsWith('/crm/v4/associations/contacts/'));
    expect(associations.map((r) => r.path).sort()).toEqual([
      '/crm/v4/associations/contacts/deals/batch/read',
      '/crm/v4/associations/contacts/quotes/batch/read',
    ]);
    expect(verdicts).toHaveLength(251);
    // Every 20th synthetic buyer opted out of email.
    const held = verdicts.filter((v) => v.status === 'hold').map((v) => v.email);
    expect(held).toEqual(Array.from({ length: 12 }, (_, i) => syntheticEmail((i + 1) * 20)));
    expect(held.every((e) => verdicts.find((v) => v.email === e)?.reasons[0]?.id === 'do-not-contact')).toBe(true);
    expect(verdicts.at(-1)).toMatchObject({ email: 'nobody@nowhere-example.org', status: 'not_in_crm' });
    // Read in bulk: the verdicts say recent emails were not checked.
    expect(verdicts.slice(0, 250).every((v) => v.note === COLD_READ_NOTE && v.notChecked?.length === 2)).toBe(true);
    expect(await db.campaignFetched.count()).toBe(251);
  });

  it('a resumed or repeated run never re-fetches what was already read', async () => {
    const { check, contactReads } = await connected({ syntheticContacts: 300 });
    const first = Array.from({ length: 150 }, (_, i) => syntheticEmail(i + 1));
    await check(first.slice(0, 100));
    expect(contactReads()).toBe(1);
    // The worker stopped; the page resumes with an overlapping chunk: only the 50 new addresses are read.
    const again = await check(first);
    expect(contactReads()).toBe(2);
    expect(again.verdicts.filter((v) => v.status === 'hold')).toHaveLength(7);
  });

  it('an address HubSpot could not answer for is "not checked", not clean, and is asked again next time', async () => {
    const { db, check, contactReads } = await connected({
      syntheticContacts: 50,
      failures: [{ path: /contacts\/batch\/read$/, status: 503, times: 10 }],
    });
    const { verdicts } = await check([syntheticEmail(1), syntheticEmail(2)]);
    expect(verdicts.map((v) => v.status)).toEqual(['unknown', 'unknown']);
    expect(await db.campaignFetched.count()).toBe(0);
    expect(contactReads()).toBeGreaterThan(0);
  });

  it('while HubSpot needs reconnecting, uncached addresses are "not checked", not "not in CRM"', async () => {
    const { db, check, contactReads } = await connected({ syntheticContacts: 10 });
    await setConnectionState(db, 'reconnect', 'token revoked');
    const { verdicts } = await check([syntheticEmail(1)]);
    expect(verdicts.map((v) => v.status)).toEqual(['unknown']);
    expect(contactReads()).toBe(0);
  });

  it('cached contacts are answered from the cache without a call', async () => {
    const { check, contactReads } = await connected();
    await check(['priya.raman@northwind-traders.com']);
    const before = contactReads();
    // Priya is now in the checkpoint; a second check costs nothing.
    await check(['priya.raman@northwind-traders.com']);
    expect(contactReads()).toBe(before);
  });
});
