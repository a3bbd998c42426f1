import { afterEach, describe, expect, it } from 'vitest';
import { buildAuditRows } from '../../lib/audit/row';
import { parseTeamNote } from '../../lib/audit/parse-team-note';
import { noteHtml } from '../../lib/connectors/hubspot/write-note';
import { TimelineNotePayload } from '../../lib/model/audit';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { Warning } from '../../lib/model/warning';
import { dropDb, freshDb } from '../../tests/helpers/demo-db';
import { recordAudit } from './record-audit';

const now = new Date('2026-11-23T10:00:00.000Z');
const dbs: ReturnType<typeof freshDb>[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map(dropDb));
});

function warnings(count: number): Warning[] {
  return Array.from({ length: count }, (_, i) => ({
    ruleId: i % 2 ? 'duplicate-outreach' : 'do-not-contact',
    severity: i % 2 ? 'confirm' : 'block',
    recipient: `buyer${i}@contoso.io`,
    title: `Warning ${i} about buyer ${i}`,
    detail: 'A long detail. '.repeat(20),
    fix: 'Fix it.',
    evidence: [{ kind: 'policy', label: `Flag ${i}` }],
  }));
}

async function noteOf(count: number) {
  const db = freshDb();
  dbs.push(db);
  const report = {
    kind: 'decision' as const,
    attemptId: 'a1b2c3d4-0000-4000-8000-000000000009',
    recipients: warnings(count).map((w) => w.recipient!),
    warnings: warnings(count),
    action: 'sent_anyway' as const,
    reason: 'Customer asked for it',
    draftFingerprint: 'ab'.repeat(32),
  };
  const entry = await recordAudit(db, report, 'linkedin', DEFAULT_SETTINGS, now);
  const [item] = await db.outbox.toArray();
  if (item?.kind !== 'timeline_note') throw new Error('expected a timeline note');
  return { entry, payload: item.payload };
}

describe('the decision note carries the decision for the audit page', () => {
  it('keeps the marker as the last line and a data line the page rebuilds the same rows from', async () => {
    const { entry, payload } = await noteOf(2);
    const lines = payload.body.split('\n');
    expect(lines.at(-1)).toBe(payload.marker);
    expect(lines.at(-2)).toMatch(/^\[preflight-data:1:/);
    expect(lines[0]).toBe('• [block] Warning 0 about buyer 0 (buyer0@contoso.io)');
    const team = parseTeamNote({ id: '1', body: noteHtml(payload), timestamp: now.toISOString() })!;
    const local = buildAuditRows([entry]);
    expect(team).toEqual(local.map((r) => ({ ...r, origin: 'team' })));
  });

  it('stays within the note payload limit for a decision on many warnings', async () => {
    const { payload } = await noteOf(40);
    expect(() => TimelineNotePayload.parse(payload)).not.toThrow();
    expect(payload.body.split('\n').at(-1)).toBe(payload.marker);
  });
});
