import type { Product } from '../../model/workspace';
import type { User } from '../../model/user';
import type { HubSpotClient } from './http/client';
import type { HttpError } from './http/result';
import { mapUsers } from './map-activity';
import { mapProducts } from './map-commercial';
import { OwnersResponse, SearchResponse } from './payloads';

const MAX_PAGES = 20;

export type ListResult<T> = { ok: true; records: T[]; partial: string[] } | { ok: false; error: HttpError };

/** Follows `paging.next.after` through a list endpoint, mapping each page; stops after MAX_PAGES (reported). */
async function readAllPages<T>(
  client: HubSpotClient,
  path: string,
  query: Record<string, string | number | boolean>,
  label: string,
  map: (page: unknown) => { records: T[]; partial: string[] },
): Promise<ListResult<T>> {
  const records: T[] = [];
  const partial: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await client.request({ method: 'GET', path, query: { ...query, after }, schema: SearchResponse });
    if (!result.ok) return { ok: false, error: result.error };
    const mapped = map({ ...result.data, paging: undefined });
    records.push(...mapped.records);
    partial.push(...mapped.partial);
    after = result.data.paging?.next?.after;
    if (!after) return { ok: true, records, partial };
  }
  partial.push(`${label}: more than ${MAX_PAGES} pages, the rest not read`);
  return { ok: true, records, partial };
}

/**
 * Every active owner of the portal (`GET /crm/v3/owners`, 500 per page): the colleagues Preflight recognises
 * as "us", and the rep's own owner record.
 */
export function fetchAllOwners(client: HubSpotClient, portalId: string): Promise<ListResult<User>> {
  return readAllPages(client, '/crm/v3/owners', { limit: 500, archived: false }, 'owners', (page) =>
    mapUsers(OwnersResponse.parse(page), { portalId }),
  );
}

/** The product library (`GET /crm/v3/objects/products`, 100 per page): names the offer check recognises. */
export function fetchAllProducts(client: HubSpotClient, portalId: string, now: Date): Promise<ListResult<Product>> {
  return readAllPages(client, '/crm/v3/objects/products', { limit: 100, properties: 'name' }, 'products', (page) =>
    mapProducts(page, { portalId, now }),
  );
}
