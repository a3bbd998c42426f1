import { mapAssociations } from './map-commercial';
import { AssociationBatchResponse } from './payloads';
import { type FetchContext, optional } from './fetch-context';

/**
 * `POST /crm/v4/associations/{from}/{to}/batch/read` as from-id → to-ids. `undefined` when the call failed
 * (reported as partial): the caller must not read that as "no associations".
 */
export async function fetchAssociations(
  ctx: FetchContext,
  from: string,
  to: string,
  ids: readonly string[],
): Promise<Map<string, string[]> | undefined> {
  const label = `${from}→${to}`;
  if (ids.length === 0) return new Map();
  const result = await ctx.client.request({
    method: 'POST',
    path: `/crm/v4/associations/${from}/${to}/batch/read`,
    body: { inputs: ids.slice(0, 1000).map((id) => ({ id })) },
    schema: AssociationBatchResponse,
  });
  if (ids.length > 1000) ctx.partial.push(`${label} associations: only the first 1000 inputs read`);
  const data = optional(ctx, `${label} associations`, result);
  if (data === undefined) return undefined;
  const mapped = mapAssociations(data, label);
  ctx.partial.push(...mapped.partial);
  return mapped.links;
}
