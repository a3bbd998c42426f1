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

/**
 * Associations of any number of records, 1000 per call (the batch limit), the calls in parallel: the limiter
 * paces them, and a round trip per call in series would idle a long campaign read. Ids whose call failed come
 * back in `unread`: unknown, never "no associations".
 */
export async function fetchAssociationsInChunks(
  ctx: FetchContext,
  from: string,
  to: string,
  ids: readonly string[],
): Promise<{ links: Map<string, string[]>; unread: string[] }> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 1000) chunks.push(ids.slice(i, i + 1000));
  const answers = await Promise.all(chunks.map((chunk) => fetchAssociations(ctx, from, to, chunk)));
  const links = new Map<string, string[]>();
  const unread: string[] = [];
  answers.forEach((found, i) => {
    if (found === undefined) unread.push(...(chunks[i] ?? []));
    else for (const [id, targets] of found) links.set(id, targets);
  });
  return { links, unread };
}
