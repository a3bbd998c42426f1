import { z } from 'zod';
import type { TeamDecisions, TeamNote } from '../../model/team-decisions';
import { HubSpotLookupError } from './fetch-contact';
import type { HubSpotClient } from './http/client';

/** HubSpot's search pages hold at most 200 records. */
const PAGE_SIZE = 200;
/** HubSpot's search returns at most 10,000 results per query, however it is paged. */
export const MAX_TEAM_NOTES = 10_000;
/**
 * `CONTAINS_TOKEN` matches a word of the note body, `*` completing a partial one. The marker line is
 * `[preflight-decision:<attemptId>]`; every note is checked for the exact marker again when it is parsed
 * (lib/audit/parse-team-note.ts), so a looser match by the CRM's tokenizer only costs a few extra notes.
 */
export const DECISION_TOKEN = '*preflight-decision*';

const NoteSearch = z.object({
  total: z.number().int().optional(),
  results: z.array(
    z.object({
      id: z.string().min(1).max(100),
      properties: z.record(z.string(), z.string().nullable()),
    }),
  ),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

/**
 * The team's decision notes since `since`, newest first, paged through the notes search: so when more than
 * 10,000 match, the newest are the ones kept and `truncated` says so. A failed page fails the whole read: a
 * partial team log would show as "nobody overrode anything" for the weeks that were not read.
 */
export async function fetchTeamDecisions(client: HubSpotClient, since: Date): Promise<TeamDecisions> {
  const notes: TeamNote[] = [];
  let after: string | undefined;
  let total = 0;
  do {
    const page = await client.request({
      method: 'POST',
      path: '/crm/v3/objects/notes/search',
      body: {
        filterGroups: [
          {
            filters: [
              { propertyName: 'hs_note_body', operator: 'CONTAINS_TOKEN', value: DECISION_TOKEN },
              { propertyName: 'hs_timestamp', operator: 'GTE', value: String(since.getTime()) },
            ],
          },
        ],
        properties: ['hs_note_body', 'hs_timestamp', 'hubspot_owner_id'],
        sorts: [{ propertyName: 'hs_timestamp', direction: 'DESCENDING' }],
        limit: Math.min(PAGE_SIZE, MAX_TEAM_NOTES - notes.length),
        ...(after ? { after } : {}),
      },
      schema: NoteSearch,
    });
    if (!page.ok) throw new HubSpotLookupError('team decisions read', page.error);
    total = Math.max(total, page.data.total ?? 0);
    for (const result of page.data.results) {
      const note = toTeamNote(result.id, result.properties);
      if (note) notes.push(note);
    }
    after = page.data.paging?.next?.after;
  } while (after !== undefined && notes.length < MAX_TEAM_NOTES);
  return { notes, truncated: after !== undefined || total > MAX_TEAM_NOTES };
}

function toTeamNote(id: string, properties: Record<string, string | null>): TeamNote | undefined {
  const body = properties['hs_note_body'];
  const stamp = properties['hs_timestamp'];
  const ms = stamp ? (/^\d+$/.test(stamp) ? Number(stamp) : Date.parse(stamp)) : NaN;
  if (!body || !Number.isFinite(ms)) return undefined;
  const owner = properties['hubspot_owner_id'];
  return { id, body, timestamp: new Date(ms).toISOString(), ...(owner ? { ownerId: owner } : {}) };
}
