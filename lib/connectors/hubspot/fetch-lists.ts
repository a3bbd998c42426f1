/*
 * HubSpot lists (now also called segments) for the campaign check. Facts this module relies on:
 *
 * - Lists v3 (`/crm/v3/lists/…`) replaces the v1 contact lists API, which HubSpot sunsets on 30 April 2026.
 *   Processing types: MANUAL (static), DYNAMIC (active, re-evaluated by HubSpot), SNAPSHOT.
 *   https://developers.hubspot.com/docs/guides/api/crm/lists/overview
 * - `POST /crm/v3/lists/search`: body `{ query, count, offset, processingTypes, listIds, additionalProperties }`;
 *   an empty `query` pages through all lists; `count` defaults to 20, at most 500. Answer `{ lists[], hasMore,
 *   offset, total }`, each list `{ listId, name, objectTypeId, processingType, additionalProperties }`, where
 *   `additionalProperties` carries `hs_list_size` (a string) by default. Contacts are object type `0-1`.
 *   https://developers.hubspot.com/docs/api-reference/2026-03/crm/lists/search/search-lists
 *   https://developers.hubspot.com/docs/api-reference/latest/crm/lists/search/search-lists
 * - `GET /crm/v3/lists/{listId}/memberships?limit=&after=`: members ordered by `recordId`, answer `{ results:
 *   [{ recordId, membershipTimestamp }], paging.next.after, total }`; `limit` defaults to 100; the next page is
 *   asked for with `after` = `paging.next.after`, and there is none when `paging.next` is absent.
 *   https://developers.hubspot.com/docs/api-reference/legacy/crm/lists/memberships/get-memberships-by-id.md
 *   https://developers.hubspot.com/docs/api-reference/latest/crm/lists/memberships/get-memberships-by-id
 * - Memberships are record ids only: the addresses come from `POST /crm/v3/objects/contacts/batch/read` with
 *   `properties: ['email']`, 100 ids per call (crm-api-facts.md §9, as bulk-read.ts).
 * - Scope: `crm.lists.read` (reading lists and memberships; https://developers.hubspot.com/docs/methods/lists/get_lists
 *   names it for list reads). Without it HubSpot answers 403 (category MISSING_SCOPES); see scopes.ts for why
 *   Preflight treats it as an optional scope.
 *
 * Every call goes through the shared client, so the portal's rate limiter paces a big list.
 */
import {
  LIST_PAGE_MEMBERS,
  MAX_LISTS_SHOWN,
  type ContactListSummary,
  type ListEmailsPage,
} from '../../model/contact-list';
import { ListCursor } from '../../model/contact-list';
import { normalizeEmail } from '../../identity/email';
import { batchRead, type FetchContext } from './fetch-context';
import { HubSpotLookupError } from './fetch-contact';
import { ListRecord, ListSearchResponse, Membership, MembershipsResponse } from './list-payloads';
import { notFoundInputs } from './map-contacts';
import { HubSpotContact } from './payloads';

/** HubSpot's object type id for contacts: only contact lists can feed a campaign. */
const CONTACTS_OBJECT_TYPE = '0-1';
/** Memberships per call: HubSpot's documented default page size. */
const MEMBERSHIPS_PER_CALL = 100;
const LIST_ID = /^\d{1,20}$/;

/** Contact lists by name (all lists when `query` is empty), largest first as HubSpot counts them. */
export async function searchContactLists(ctx: FetchContext, query = ''): Promise<ContactListSummary[]> {
  const answer = await ctx.client.request({
    method: 'POST',
    path: '/crm/v3/lists/search',
    body: {
      query: query.trim().slice(0, 200),
      count: MAX_LISTS_SHOWN,
      offset: 0,
      processingTypes: [],
      listIds: [],
      additionalProperties: ['hs_list_size'],
    },
    schema: ListSearchResponse,
  });
  if (!answer.ok) throw new HubSpotLookupError('list search', answer.error);
  const lists: ContactListSummary[] = [];
  for (const raw of answer.data.lists) {
    const parsed = ListRecord.safeParse(raw);
    if (!parsed.success || !LIST_ID.test(parsed.data.listId)) continue;
    const list = parsed.data;
    // Lists of companies or deals cannot give recipients; a list without a type is a contact list in older portals.
    if (list.objectTypeId !== undefined && list.objectTypeId !== CONTACTS_OBJECT_TYPE) continue;
    const size = Number.parseInt(list.additionalProperties?.['hs_list_size'] ?? '', 10);
    lists.push({
      id: list.listId,
      name: list.name.slice(0, 300),
      ...(Number.isFinite(size) && size >= 0 ? { size } : {}),
      ...(list.processingType ? { processingType: list.processingType.slice(0, 40) } : {}),
    });
  }
  return lists;
}

/**
 * One page (up to LIST_PAGE_MEMBERS members) of a list's primary addresses: memberships in calls of 100, then
 * the members' `email` in batch reads of 100. `after` is the `next` of the page before.
 */
export async function readListEmailsPage(ctx: FetchContext, listId: string, after?: string): Promise<ListEmailsPage> {
  if (!LIST_ID.test(listId)) throw new HubSpotLookupError('list memberships', { kind: 'not_found' });
  const ids: string[] = [];
  let cursor = after;
  let total: number | undefined;
  do {
    const answer = await ctx.client.request({
      method: 'GET',
      path: `/crm/v3/lists/${listId}/memberships`,
      query: { limit: Math.min(MEMBERSHIPS_PER_CALL, LIST_PAGE_MEMBERS - ids.length), after: cursor },
      schema: MembershipsResponse,
    });
    if (!answer.ok) throw new HubSpotLookupError('list memberships', answer.error);
    total = answer.data.total ?? total;
    for (const raw of answer.data.results) {
      const member = Membership.safeParse(raw);
      if (member.success && /^\d{1,20}$/.test(member.data.recordId)) ids.push(member.data.recordId);
    }
    cursor = answer.data.paging?.next?.after;
    // A cursor we could not hand back safely ends the list here rather than looping or trusting odd text.
    if (cursor !== undefined && !ListCursor.safeParse(cursor).success) {
      throw new HubSpotLookupError('list memberships', { kind: 'bad_response' });
    }
  } while (cursor !== undefined && ids.length < LIST_PAGE_MEMBERS);

  const unique = [...new Set(ids)];
  const { emails, withoutEmail, unread } = await primaryEmails(ctx, unique);
  return {
    emails,
    withoutEmail: withoutEmail + (ids.length - unique.length),
    unread,
    ...(cursor !== undefined ? { next: cursor } : {}),
    ...(total !== undefined ? { total } : {}),
  };
}

/** The members' primary addresses in membership order; contacts deleted since they were added have no address. */
async function primaryEmails(
  ctx: FetchContext,
  ids: readonly string[],
): Promise<{ emails: string[]; withoutEmail: number; unread: number }> {
  if (ids.length === 0) return { emails: [], withoutEmail: 0, unread: 0 };
  const answer = await batchRead(ctx, 'contacts', ids, ['email']);
  if (!answer.ok) throw new HubSpotLookupError('list members read', answer.error);
  const emailById = new Map<string, string | undefined>();
  for (const raw of answer.data.results) {
    const contact = HubSpotContact.safeParse(raw);
    if (!contact.success) continue;
    const email = normalizeEmail(contact.data.properties.email);
    emailById.set(contact.data.id, email);
  }
  const gone = new Set(notFoundInputs(answer.data));
  const emails: string[] = [];
  let withoutEmail = 0;
  let unread = 0;
  for (const id of ids) {
    if (emailById.has(id)) {
      const email = emailById.get(id);
      if (email) emails.push(email);
      else withoutEmail += 1;
    } else if (gone.has(id)) {
      withoutEmail += 1;
    } else {
      // HubSpot failed to read this one (a batch error other than "not found"): counted, never taken as "no address".
      unread += 1;
    }
  }
  return { emails, withoutEmail, unread };
}
