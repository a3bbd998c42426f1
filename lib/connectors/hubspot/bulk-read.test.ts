import { describe, expect, it } from 'vitest';
import { FAKE_PORTAL_ID, syntheticEmail, type HubSpotFakeOptions } from '../../../tests/helpers/hubspot-fake-core';
import { fakeHubSpotRig } from '../../../tests/helpers/hubspot-fake-rig';
import { readContactsByEmail } from './bulk-read';

const now = new Date('2026-11-23T10:00:00Z');
const PRIYA_EMAIL = 'priya.raman@northwind-traders.com';

function setup(options: HubSpotFakeOptions = {}) {
  const { time, core, client } = fakeHubSpotRig(now, { syntheticContacts: 300, ...options });
  const read = (emails: string[]) =>
    time.drive(readContactsByEmail({ client, portalId: FAKE_PORTAL_ID, now, partial: [] }, emails));
  return { core, read };
}

describe('bulk read by email', () => {
  it('reads 250 addresses in 3 contact calls, plus associations and deals, and sorts out who is not there', async () => {
    const { core, read } = setup();
    const emails = [
      ...Array.from({ length: 248 }, (_, i) => syntheticEmail(i)),
      PRIYA_EMAIL,
      'nobody@unknown-example.org',
    ];
    const result = await read(emails);
    expect(core.log.filter((r) => r.path === '/crm/v3/objects/contacts/batch/read')).toHaveLength(3);
    expect(core.log.filter((r) => r.path.startsWith('/crm/v4/associations/'))).toHaveLength(1);
    expect(result.contacts).toHaveLength(249);
    expect(result.notFound).toEqual(['nobody@unknown-example.org']);
    expect(result.unknown).toEqual([]);
    // Every 20th synthetic contact opted out of email: 13 among the first 248.
    const optedOut = result.policies.filter((p) => p.flags.some((f) => f.kind === 'email_opt_out'));
    expect(optedOut).toHaveLength(13);
    expect(result.deals.length).toBeGreaterThan(0);
    expect(core.log.length).toBeLessThanOrEqual(5);
  });

  it('a failed batch part is unknown, never "not in HubSpot"', async () => {
    const failing = syntheticEmail(7);
    const { read } = setup({ batchErrorIds: [failing] });
    const result = await read([syntheticEmail(6), failing]);
    expect(result.unknown).toEqual([failing]);
    expect(result.notFound).toEqual([]);
    expect(result.partial.join(' ')).toContain('INTERNAL_ERROR');
  });

  it('a failed call marks its whole chunk unknown and keeps the others', async () => {
    const { read } = setup({ failures: [{ path: /contacts\/batch\/read$/, status: 403, times: 1 }] });
    const result = await read(Array.from({ length: 150 }, (_, i) => syntheticEmail(i)));
    expect(result.unknown).toHaveLength(100);
    expect(result.contacts).toHaveLength(50);
  });
});
