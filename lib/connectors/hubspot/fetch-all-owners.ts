import type { User } from '../../model/user';
import type { HubSpotClient } from './http/client';
import type { HttpError } from './http/result';
import { mapUsers } from './map-activity';
import { OwnersResponse } from './payloads';

const MAX_PAGES = 20;

export type OwnersResult = { ok: true; users: User[]; partial: string[] } | { ok: false; error: HttpError };

/**
 * Every active owner of the portal (`GET /crm/v3/owners`, 500 per page, following `paging.next.after`):
 * the colleagues Preflight recognises as "us", and the rep's own owner record.
 */
export async function fetchAllOwners(client: HubSpotClient, portalId: string): Promise<OwnersResult> {
  const users: User[] = [];
  const partial: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await client.request({
      method: 'GET',
      path: '/crm/v3/owners',
      query: { limit: 500, archived: false, after },
      schema: OwnersResponse,
    });
    if (!result.ok) return { ok: false, error: result.error };
    const mapped = mapUsers({ ...result.data, paging: undefined }, { portalId });
    users.push(...mapped.records);
    partial.push(...mapped.partial);
    after = result.data.paging?.next?.after;
    if (!after) return { ok: true, users, partial };
  }
  partial.push(`owners: more than ${MAX_PAGES} pages, the rest not read`);
  return { ok: true, users, partial };
}
