import type { Deal } from '../../model/deal';
import { invertLinks, mapDeals } from './map-commercial';
import { PipelinesResponse } from './payloads';
import { fetchAssociations } from './fetch-associations';
import { batchRead, type FetchContext, optional } from './fetch-context';

export const DEAL_PROPERTIES = [
  'dealname',
  'dealstage',
  'pipeline',
  'amount',
  'deal_currency_code',
  'hubspot_owner_id',
  'closedate',
  'hs_is_closed',
  'hs_is_closed_won',
];

/**
 * Deals of some contacts (one person, or an account's people): contacts→deals associations, deals batch read
 * and pipelines (stage labels), mapped.
 */
export async function fetchDeals(ctx: FetchContext, contactIds: readonly string[]): Promise<Deal[]> {
  const [links, pipelines] = await Promise.all([
    fetchAssociations(ctx, 'contacts', 'deals', contactIds),
    ctx.client
      .request({ method: 'GET', path: '/crm/v3/pipelines/deals', schema: PipelinesResponse })
      .then((result) => optional(ctx, 'deal pipelines', result)),
  ]);
  const dealIds = [...new Set(contactIds.flatMap((id) => links?.get(id) ?? []))];
  if (dealIds.length === 0) return [];
  const deals = optional(ctx, 'deals batch read', await batchRead(ctx, 'deals', dealIds, DEAL_PROPERTIES));
  if (deals === undefined) return [];
  const mapped = mapDeals(
    { deals, contactsByDeal: invertLinks(links ?? new Map()), ...(pipelines ? { pipelines } : {}) },
    { portalId: ctx.portalId, now: ctx.now },
  );
  ctx.partial.push(...mapped.partial);
  return mapped.records;
}
