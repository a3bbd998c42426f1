import type { User } from '../../model/user';
import { mapUsers } from './map-activity';
import { OwnersResponse } from './payloads';
import { type FetchContext, optional } from './fetch-context';

/** `GET /crm/v3/owners` (one page of 500) → users; `undefined` when the call failed (reported as partial). */
export async function fetchOwners(ctx: FetchContext): Promise<User[] | undefined> {
  const result = await ctx.client.request({
    method: 'GET',
    path: '/crm/v3/owners',
    query: { limit: 500, archived: false },
    schema: OwnersResponse,
  });
  const data = optional(ctx, 'owners', result);
  if (data === undefined) return undefined;
  const mapped = mapUsers(data, { portalId: ctx.portalId });
  ctx.partial.push(...mapped.partial);
  return mapped.records;
}
