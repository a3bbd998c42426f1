import { describe, expect, it } from 'vitest';
import {
  FAKE_PORTAL_ID,
  FAKE_SCOPES,
  syntheticEmail,
  type HubSpotFakeOptions,
} from '../../../tests/helpers/hubspot-fake-core';
import { fakeHubSpotRig } from '../../../tests/helpers/hubspot-fake-rig';
import { ListEmailsPage } from '../../model/contact-list';
import { createHubSpotConnector } from './hubspot-connector';

const now = new Date('2026-11-23T10:00:00Z');

function setup(options: HubSpotFakeOptions = {}) {
  const { time, core, client } = fakeHubSpotRig(now, { tier: 'free', ...options });
  const connector = createHubSpotConnector({ client, portalId: FAKE_PORTAL_ID, now: () => now });
  return { time, core, connector };
}

describe('HubSpot connector: lists', () => {
  it('lists contact lists and reads a 2,600-member list to the end, page by page, through the rate limiter', async () => {
    const { time, core, connector } = setup({ syntheticContacts: 2600, rateLimitPer10s: 100 });
    const lists = await time.drive(connector.listContactLists!());
    expect(lists.find((l) => l.id === '103')).toMatchObject({ name: 'All bulk buyers', size: 2600 });

    const emails: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = ListEmailsPage.parse(await time.drive(connector.readListEmails!('103', after)));
      emails.push(...page.emails);
      after = page.next;
      pages += 1;
    } while (after);
    expect(pages).toBe(6);
    expect(emails).toEqual(Array.from({ length: 2600 }, (_, i) => syntheticEmail(i)));
    // 26 membership calls + 26 batch reads; the fake's 100-per-10 s window was never exceeded.
    expect(core.log.filter((r) => r.path === '/crm/v3/lists/103/memberships')).toHaveLength(26);
    expect(core.log.filter((r) => r.status === 429)).toHaveLength(0);
  });

  it('a token without list access is refused with 403 on both calls', async () => {
    const { time, connector } = setup({ scopes: FAKE_SCOPES.filter((s) => s !== 'crm.lists.read') });
    await expect(time.drive(connector.listContactLists!())).rejects.toMatchObject({ status: 403 });
    await expect(time.drive(connector.readListEmails!('101'))).rejects.toMatchObject({ status: 403 });
  });

  it('a membership page that keeps failing with 5xx is an error after retries, not a short list', async () => {
    const { time, core, connector } = setup({
      syntheticContacts: 300,
      failures: [{ path: /\/memberships$/, status: 502, times: 3 }],
    });
    await expect(time.drive(connector.readListEmails!('103'))).rejects.toMatchObject({ kind: 'server', status: 502 });
    // A passing blip is retried away: the next read succeeds.
    const page = await time.drive(connector.readListEmails!('103'));
    expect(page.emails).toHaveLength(300);
    expect(core.log.filter((r) => r.status === 502)).toHaveLength(3);
  });
});
