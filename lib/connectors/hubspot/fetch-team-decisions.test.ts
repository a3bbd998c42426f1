import { describe, expect, it } from 'vitest';
import type { FakeNote } from '../../../tests/helpers/hubspot-fake-core';
import { fakeHubSpotRig } from '../../../tests/helpers/hubspot-fake-rig';
import { parseTeamNote } from '../../audit/parse-team-note';
import { HubSpotLookupError } from './fetch-contact';
import { fetchTeamDecisions, MAX_TEAM_NOTES } from './fetch-team-decisions';
import { noteHtml, writeTimelineNote } from './write-note';

const now = new Date('2026-11-23T10:00:00Z');
const since = new Date('2026-10-24T10:00:00Z');

function fakeNote(i: number, at: string, body: string, owner?: string): FakeNote {
  const id = String(90_000_000 + i);
  return {
    id,
    properties: {
      hs_object_id: id,
      hs_timestamp: at,
      hs_note_body: body,
      ...(owner ? { hubspot_owner_id: owner } : {}),
    },
    createdAt: at,
    updatedAt: at,
    archived: false,
    contactIds: ['98765432101'],
  };
}

const decisionBody = (attempt: string) =>
  noteHtml({
    title: 'Preflight: riley.chen@example.com sent anyway',
    body: `• [block] Dana Whitfield opted out of all email (dana.whitfield@contoso.io)\nReason: asked us to\n[preflight-decision:${attempt}]`,
  });

describe('fetchTeamDecisions', () => {
  it('reads the decision notes since the date, newest first, with their owner, and no other notes', async () => {
    const { core, client, time } = fakeHubSpotRig(now, { fixedNow: true });
    core.notes.push(
      fakeNote(1, '2026-11-01T10:00:00.000Z', decisionBody('attempt-0001'), '7001'),
      fakeNote(2, '2026-11-20T10:00:00.000Z', decisionBody('attempt-0002')),
      fakeNote(3, '2026-11-21T10:00:00.000Z', 'Call notes: renewal next month'),
      fakeNote(4, '2026-10-01T10:00:00.000Z', decisionBody('attempt-0000')),
    );
    const read = await time.drive(fetchTeamDecisions(client, since));
    expect(read.truncated).toBe(false);
    expect(read.notes.map((n) => [n.id, n.timestamp, n.ownerId])).toEqual([
      ['90000002', '2026-11-20T10:00:00.000Z', undefined],
      ['90000001', '2026-11-01T10:00:00.000Z', '7001'],
    ]);
    const search = core.log.find((r) => r.path === '/crm/v3/objects/notes/search');
    expect(search?.body).toMatchObject({
      filterGroups: [
        {
          filters: [
            { propertyName: 'hs_note_body', operator: 'CONTAINS_TOKEN', value: '*preflight-decision*' },
            { propertyName: 'hs_timestamp', operator: 'GTE', value: String(since.getTime()) },
          ],
        },
      ],
      sorts: [{ propertyName: 'hs_timestamp', direction: 'DESCENDING' }],
    });
  });

  it('pages 200 at a time and stops at 10,000 notes, keeping the newest and saying it was cut', async () => {
    const { core, client, time } = fakeHubSpotRig(now, { fixedNow: true });
    const count = MAX_TEAM_NOTES + 50;
    for (let i = 0; i < count; i++) {
      core.notes.push(fakeNote(i, new Date(since.getTime() + i * 60_000).toISOString(), decisionBody(`attempt-${i}`)));
    }
    const read = await time.drive(fetchTeamDecisions(client, since));
    expect(read.notes).toHaveLength(MAX_TEAM_NOTES);
    expect(read.truncated).toBe(true);
    expect(read.notes[0]?.id).toBe(String(90_000_000 + count - 1));
    const pages = core.log.filter((r) => r.path === '/crm/v3/objects/notes/search');
    expect(pages).toHaveLength(MAX_TEAM_NOTES / 200);
    expect(pages.every((p) => p.status === 200)).toBe(true);
    // 10,050 notes through the fake's filter, sort and 50 pages: seconds on a loaded machine, not milliseconds.
  }, 30_000);

  it('throws when a page cannot be read, rather than returning a partial team log', async () => {
    const { client, time } = fakeHubSpotRig(now, {
      fixedNow: true,
      failures: [{ path: /^\/crm\/v3\/objects\/notes\/search$/, method: 'POST', status: 403, times: 1 }],
    });
    await expect(time.drive(fetchTeamDecisions(client, since))).rejects.toBeInstanceOf(HubSpotLookupError);
  });

  it('reads back a note the outbox wrote, which the audit page then parses', async () => {
    const { client, time } = fakeHubSpotRig(now, { fixedNow: true });
    const marker = '[preflight-decision:a1b2c3d4-0002]';
    await time.drive(
      writeTimelineNote(
        client,
        {
          contactIds: ['98765432101'],
          timestamp: '2026-11-22T09:00:00.000Z',
          title: 'Preflight: alex.morgan@example.com cancelled the send',
          body: `• [confirm] Offer differs from open quote Q-1042 (10% off) (priya.raman@northwind-traders.com)\n${marker}`,
          marker,
        },
        false,
      ),
    );
    const read = await time.drive(fetchTeamDecisions(client, since));
    expect(read.notes).toHaveLength(1);
    const rows = parseTeamNote(read.notes[0]!);
    expect(rows?.map((r) => [r.attemptId, r.ruleId, r.decision, r.repEmail])).toEqual([
      ['a1b2c3d4-0002', 'quote-offer-conflict', 'cancelled', 'alex.morgan@example.com'],
    ]);
  });
});
