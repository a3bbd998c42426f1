import { describe, expect, it } from 'vitest';
import { FAKE_PORTAL_ID, syntheticEmail, type HubSpotFakeOptions } from '../../../tests/helpers/hubspot-fake-core';
import { fakeHubSpotRig } from '../../../tests/helpers/hubspot-fake-rig';
import { readContactsByEmail } from './bulk-read';

const now = new Date('2026-11-23T10:00:00Z');
const PRIYA_EMAIL = 'priya.raman@northwind-traders.com';

function setup(options: HubSpotFakeOptions = {}, readAt = now) {
  const { time, core, client } = fakeHubSpotRig(now, { syntheticContacts: 300, fixedNow: true, ...options });
  const read = (emails: string[]) =>
    time.drive(readContactsByEmail({ client, portalId: FAKE_PORTAL_ID, now: readAt, partial: [] }, emails));
  const calls = (path: string) => core.log.filter((r) => r.path === path).length;
  return { core, read, calls };
}

describe('bulk read by email', () => {
  it('reads 250 addresses in 3 contact calls, plus deals and open quotes, and sorts out who is not there', async () => {
    const { core, read, calls } = setup();
    const emails = [
      ...Array.from({ length: 248 }, (_, i) => syntheticEmail(i)),
      PRIYA_EMAIL,
      'nobody@unknown-example.org',
    ];
    const result = await read(emails);
    expect(core.log.filter((r) => r.path === '/crm/v3/objects/contacts/batch/read')).toHaveLength(3);
    expect(calls('/crm/v4/associations/contacts/deals/batch/read')).toBe(1);
    expect(calls('/crm/v4/associations/contacts/quotes/batch/read')).toBe(1);
    expect(result.contacts).toHaveLength(249);
    expect(result.notFound).toEqual(['nobody@unknown-example.org']);
    expect(result.unknown).toEqual([]);
    // Every 20th synthetic contact opted out of email: 13 among the first 248.
    const optedOut = result.policies.filter((p) => p.flags.some((f) => f.kind === 'email_opt_out'));
    expect(optedOut).toHaveLength(13);
    expect(result.deals.length).toBeGreaterThan(0);
    // Priya's open quote, with the terms the offer rules compare: amount, discount from its line item, expiry.
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]).toMatchObject({
      number: 'Q-1042',
      status: 'sent',
      amount: 19440,
      currency: expect.any(String),
      discountPercent: 10,
      expiresAt: '2026-12-02T10:00:00.000Z',
      contactIds: [result.contacts.find((c) => c.emails.includes(PRIYA_EMAIL))?.id],
    });
    expect(result.quotes[0]?.lineItems).toHaveLength(1);
    // 3 contacts + 2 associations + deals + quotes + quote→line items + line items.
    expect(core.log.length).toBe(9);
  });

  it('reads line items only for open quotes', async () => {
    // Read 30 days on: Priya's quote (expiring in 9 days) has expired.
    const { read, calls } = setup({}, new Date(now.getTime() + 30 * 86_400_000));
    const result = await read([PRIYA_EMAIL]);
    expect(calls('/crm/v3/objects/quotes/batch/read')).toBe(1);
    expect(calls('/crm/v4/associations/quotes/line_items/batch/read')).toBe(0);
    expect(calls('/crm/v3/objects/line_items/batch/read')).toBe(0);
    expect(result.quotes).toEqual([]);
    expect(result.contacts).toHaveLength(1);
  });

  it('a contact whose quotes or deals could not be read is unknown, not found without them', async () => {
    const { read } = setup({ failures: [{ path: /objects\/quotes\/batch\/read$/, status: 403 }] });
    const result = await read([PRIYA_EMAIL, syntheticEmail(3)]);
    // Priya has a quote that could not be read; the synthetic contact has none, so it is fully known.
    expect(result.unknown).toEqual([PRIYA_EMAIL]);
    expect(result.contacts.map((c) => c.emails[0])).toEqual([syntheticEmail(3)]);
    expect(result.deals.every((d) => !d.contactIds.some((id) => id.endsWith(':98765432101')))).toBe(true);
    expect(result.partial.join(' ')).toContain('quotes batch read: not read');

    const deals = setup({ failures: [{ path: /associations\/contacts\/deals\/batch\/read$/, status: 403 }] });
    const withoutDeals = await deals.read([PRIYA_EMAIL, syntheticEmail(3)]);
    // Nobody's deals are known now: both are unknown.
    expect(withoutDeals.unknown.sort()).toEqual([PRIYA_EMAIL, syntheticEmail(3)].sort());
    expect(withoutDeals.contacts).toEqual([]);
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
