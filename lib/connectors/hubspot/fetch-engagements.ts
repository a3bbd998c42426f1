import type { Outreach } from '../../model/outreach';
import { type EngagementKind, mapOutreach } from './map-activity';
import { SearchResponse } from './payloads';
import { type FetchContext, optional } from './fetch-context';

/** How far back outreach by colleagues is read. */
export const OUTREACH_WINDOW_DAYS = 30;

const PROPERTIES: Record<EngagementKind, string[]> = {
  emails: ['hs_timestamp', 'hubspot_owner_id', 'hs_email_direction', 'hs_email_subject', 'hs_email_status'],
  calls: ['hs_timestamp', 'hubspot_owner_id', 'hs_call_title', 'hs_call_direction', 'hs_call_status'],
  meetings: ['hs_timestamp', 'hubspot_owner_id', 'hs_meeting_title', 'hs_meeting_start_time', 'hs_meeting_outcome'],
};

async function searchKind(ctx: FetchContext, kind: EngagementKind, contactId: string): Promise<Outreach[]> {
  const since = ctx.now.getTime() - OUTREACH_WINDOW_DAYS * 86_400_000;
  const result = await ctx.client.request({
    method: 'POST',
    path: `/crm/v3/objects/${kind}/search`,
    body: {
      filterGroups: [
        {
          filters: [
            { propertyName: 'associations.contact', operator: 'EQ', value: contactId },
            { propertyName: 'hs_timestamp', operator: 'GTE', value: String(since) },
          ],
        },
      ],
      properties: PROPERTIES[kind],
      sorts: [{ propertyName: 'hs_timestamp', direction: 'DESCENDING' }],
      limit: 20,
    },
    schema: SearchResponse,
  });
  const data = optional(ctx, `${kind} search`, result);
  if (data === undefined) return [];
  const mapped = mapOutreach({ kind, contactHubspotId: contactId, payload: data }, { portalId: ctx.portalId });
  ctx.partial.push(...mapped.partial);
  return mapped.records;
}

/** Emails, calls and meetings with the contact in the last 30 days (three searches, in parallel), newest first. */
export async function fetchEngagements(ctx: FetchContext, contactId: string): Promise<Outreach[]> {
  const kinds: EngagementKind[] = ['emails', 'calls', 'meetings'];
  const lists = await Promise.all(kinds.map((kind) => searchKind(ctx, kind, contactId)));
  return lists.flat().sort((a, b) => b.at.localeCompare(a.at));
}
