import { z } from 'zod';
import type { TimelineNoteInput, WriteOutcome } from '../connector';
import type { HubSpotClient } from './http/client';
import type { HttpError } from './http/result';

/** HubSpot-defined association type note → contact (crm-api-facts.md §8). */
const NOTE_TO_CONTACT = 202;

const CreatedNote = z.object({ id: z.string().min(1).max(100) });
const NoteSearch = z.object({
  results: z.array(z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()) })),
});

/**
 * Puts a decision on the contacts' timelines as one note. When an earlier try may have landed, the note is
 * first looked up by contact and exact timestamp and recognised by its marker, so a retry never writes twice.
 */
export async function writeTimelineNote(
  client: HubSpotClient,
  input: TimelineNoteInput,
  mayExist: boolean,
): Promise<WriteOutcome> {
  const first = input.contactIds[0];
  if (first === undefined) return { ok: false, retry: false, message: 'No HubSpot contact to put the note on.' };
  const timestampMs = Date.parse(input.timestamp);

  if (mayExist) {
    const found = await client.request({
      method: 'POST',
      path: '/crm/v3/objects/notes/search',
      body: {
        filterGroups: [
          {
            filters: [
              { propertyName: 'associations.contact', operator: 'EQ', value: first },
              { propertyName: 'hs_timestamp', operator: 'EQ', value: String(timestampMs) },
            ],
          },
        ],
        properties: ['hs_note_body'],
        limit: 20,
      },
      schema: NoteSearch,
    });
    if (!found.ok) return failed(found.error, 'looking for an earlier copy of the note');
    const existing = found.data.results.find((note) => note.properties['hs_note_body']?.includes(input.marker));
    if (existing) return { ok: true, crmRecordId: existing.id, note: 'already written by an earlier try' };
  }

  const created = await client.request({
    method: 'POST',
    path: '/crm/v3/objects/notes',
    body: {
      properties: {
        hs_timestamp: new Date(timestampMs).toISOString(),
        hs_note_body: noteHtml(input),
        ...(input.ownerId ? { hubspot_owner_id: input.ownerId } : {}),
      },
      associations: input.contactIds.map((id) => ({
        to: { id },
        types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: NOTE_TO_CONTACT }],
      })),
    },
    schema: CreatedNote,
  });
  if (!created.ok) return failed(created.error, 'writing the note');
  return { ok: true, crmRecordId: created.data.id };
}

/** `hs_note_body` is rich text: every line is escaped, so nothing from a draft or a reason becomes markup. */
export function noteHtml(input: Pick<TimelineNoteInput, 'title' | 'body'>): string {
  const lines = [`<strong>${escapeHtml(input.title)}</strong>`, ...input.body.split('\n').map(escapeHtml)];
  return lines.join('<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** 4xx other than 401/429 will not get better by retrying; everything else might. */
export function failed(error: HttpError, step: string): WriteOutcome {
  const permanent = error.kind === 'client' || error.kind === 'not_found' || error.kind === 'bad_response';
  return { ok: false, retry: !permanent, message: `HubSpot ${step}: ${error.message}` };
}
