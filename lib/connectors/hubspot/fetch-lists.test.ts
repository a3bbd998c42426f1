import { describe, expect, it } from 'vitest';
import {
  DELETED_CONTACT_ID,
  FAKE_PORTAL_ID,
  FAKE_SCOPES,
  syntheticEmail,
  type HubSpotFakeOptions,
} from '../../../tests/helpers/hubspot-fake-core';
import { fakeHubSpotRig } from '../../../tests/helpers/hubspot-fake-rig';
import { LIST_PAGE_MEMBERS } from '../../model/contact-list';
import { readListEmailsPage, searchContactLists } from './fetch-lists';
import { HubSpotLookupError } from './fetch-contact';

const now = new Date('2026-11-23T10:00:00Z');

function setup(options: HubSpotFakeOptions = {}) {
  const { time, core, client } = fakeHubSpotRig(now, options);
  const ctx = () => ({ client, portalId: FAKE_PORTAL_ID, now, partial: [] });
  return {
    core,
    search: (query?: string) => time.drive(searchContactLists(ctx(), query)),
    page: (listId: string, after?: string) => time.drive(readListEmailsPage(ctx(), listId, after)),
  };
}

describe('HubSpot lists: search', () => {
  it('offers contact lists with their sizes and processing type, never company lists', async () => {
    const { core, search } = setup({ syntheticContacts: 30 });
    const lists = await search();
    expect(lists).toEqual([
      { id: '101', name: 'Fleet webinar attendees', size: 4, processingType: 'MANUAL' },
      { id: '103', name: 'All bulk buyers', size: 30, processingType: 'DYNAMIC' },
    ]);
    const call = core.log.find((r) => r.path === '/crm/v3/lists/search');
    expect(call?.method).toBe('POST');
    expect(call?.body).toMatchObject({ query: '', count: 100, offset: 0, additionalProperties: ['hs_list_size'] });
  });

  it('searches by name', async () => {
    const { search } = setup();
    expect((await search('  webinar ')).map((l) => l.id)).toEqual(['101']);
    expect(await search('no such list')).toEqual([]);
  });

  it('a token without crm.lists.read is a 403, thrown, never an empty list', async () => {
    const { search } = setup({ scopes: FAKE_SCOPES.filter((s) => s !== 'crm.lists.read') });
    const error = await search().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubSpotLookupError);
    expect(error).toMatchObject({ kind: 'client', status: 403 });
  });

  it('a server error is retried, then thrown', async () => {
    const { core, search } = setup({ failures: [{ path: /\/crm\/v3\/lists\/search$/, status: 503 }] });
    const error = await search().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'server', status: 503 });
    // POST /search is a read: the client retries it (3 tries in all).
    expect(core.log.filter((r) => r.path === '/crm/v3/lists/search')).toHaveLength(3);
  });
});

describe('HubSpot lists: member addresses', () => {
  it('reads memberships, then the members’ primary addresses; a deleted member has no address', async () => {
    const { core, page } = setup();
    const result = await page('101');
    expect(result).toEqual({
      emails: ['dana.whitfield@contoso.io', 'priya.raman@northwind-traders.com', 'marcus.lee@northwind-traders.com'],
      withoutEmail: 1,
      unread: 0,
      total: 4,
    });
    const read = core.log.find((r) => r.path === '/crm/v3/objects/contacts/batch/read');
    expect(read?.body).toMatchObject({ properties: ['email'] });
    expect((read?.body as { inputs: { id: string }[] }).inputs.map((i) => i.id)).toContain(DELETED_CONTACT_ID);
  });

  it('pages memberships 100 at a time and hands back a cursor after each page of members', async () => {
    const { core, page } = setup({ syntheticContacts: 1234 });
    const first = await page('103');
    expect(first.emails).toHaveLength(LIST_PAGE_MEMBERS);
    expect(first.emails[0]).toBe(syntheticEmail(0));
    expect(first.total).toBe(1234);
    expect(first.next).toBeDefined();
    const memberships = core.log.filter((r) => r.path === '/crm/v3/lists/103/memberships');
    expect(memberships).toHaveLength(5);
    expect(memberships.every((r) => r.query['limit'] === '100')).toBe(true);
    expect(core.log.filter((r) => r.path === '/crm/v3/objects/contacts/batch/read')).toHaveLength(5);

    const all = [...first.emails];
    let after = first.next;
    while (after) {
      const next = await page('103', after);
      all.push(...next.emails);
      after = next.next;
    }
    expect(all).toHaveLength(1234);
    expect(new Set(all).size).toBe(1234);
    expect(all.at(-1)).toBe(syntheticEmail(1233));
  });

  it('members HubSpot failed to read are counted as unread, not as "no address"', async () => {
    const { page } = setup({ syntheticContacts: 5, batchErrorIds: ['70000002'] });
    const result = await page('103');
    expect(result.emails).toHaveLength(4);
    expect(result).toMatchObject({ unread: 1, withoutEmail: 0 });
  });

  it('a list that is gone, a missing scope and a failing server are thrown with their kind', async () => {
    expect(
      await setup()
        .page('999')
        .catch((e: unknown) => e),
    ).toMatchObject({ kind: 'not_found' });
    const noScope = setup({ scopes: FAKE_SCOPES.filter((s) => s !== 'crm.lists.read') });
    expect(await noScope.page('101').catch((e: unknown) => e)).toMatchObject({ status: 403 });
    const down = setup({ failures: [{ path: /\/contacts\/batch\/read$/, status: 500 }] });
    expect(await down.page('101').catch((e: unknown) => e)).toMatchObject({ kind: 'server', status: 500 });
  });

  it('refuses a list id that is not HubSpot’s before any call', async () => {
    const { core, page } = setup();
    expect(await page('../owners').catch((e: unknown) => e)).toBeInstanceOf(HubSpotLookupError);
    expect(core.log).toHaveLength(0);
  });
});
