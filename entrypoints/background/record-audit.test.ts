import { afterEach, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { Warning } from '../../lib/model/warning';
import { dropDb, freshDb } from '../../tests/helpers/demo-db';
import { recordAudit } from './record-audit';

const now = new Date('2026-11-23T10:00:00.000Z');
const warning: Warning = {
  ruleId: 'do-not-contact',
  severity: 'block',
  recipient: 'dana.whitfield@contoso.io',
  title: 'Dana Whitfield opted out of all email',
  detail: 'Opted out 30 days ago.',
  fix: 'Remove Dana from the recipients.',
  evidence: [],
};
const base = {
  attemptId: 'a1b2c3d4-0000-4000-8000-000000000001',
  recipients: ['dana.whitfield@contoso.io'],
  warnings: [warning],
  draftFingerprint: 'ab'.repeat(32),
};

const dbs: ReturnType<typeof freshDb>[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map(dropDb));
});

describe('recordAudit', () => {
  it('records the warnings shown, then the decision with its timeline note, filling who and where itself', async () => {
    const db = freshDb();
    dbs.push(db);
    await recordAudit(db, { kind: 'warnings_shown', ...base }, 'gmail', DEFAULT_SETTINGS, now);
    const decision: AuditReport = { kind: 'decision', ...base, action: 'sent_anyway', reason: 'Legal cleared it' };
    await recordAudit(db, decision, 'gmail', DEFAULT_SETTINGS, now);

    const entries = await db.audit.where('attemptId').equals(base.attemptId).sortBy('type');
    expect(entries.map((e) => e.type)).toEqual(['decision', 'warnings_shown']);
    expect(entries[0]).toMatchObject({
      userEmail: 'alex.morgan@example.com',
      site: 'gmail',
      action: 'sent_anyway',
      reason: 'Legal cleared it',
    });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      status: 'pending',
      kind: 'timeline_note',
      idempotencyKey: `decision:${base.attemptId}:sent_anyway`,
    });
    const note = outbox[0];
    if (note?.kind !== 'timeline_note') throw new Error('expected a timeline note');
    expect(note.payload.body).toContain('Reason: Legal cleared it');
    expect(note.payload.marker).toBe(`[preflight-decision:${base.attemptId}]`);
    expect(note.payload.body.split('\n').at(-1)).toBe(note.payload.marker);
  });

  it('never queues the same decision twice', async () => {
    const db = freshDb();
    dbs.push(db);
    const decision: AuditReport = { kind: 'decision', ...base, action: 'cancelled' };
    await recordAudit(db, decision, 'linkedin', DEFAULT_SETTINGS, now);
    await recordAudit(db, decision, 'linkedin', DEFAULT_SETTINGS, now);
    expect(await db.outbox.count()).toBe(1);
  });

  it('stores no draft text', async () => {
    const db = freshDb();
    dbs.push(db);
    await recordAudit(db, { kind: 'decision', ...base, action: 'edited' }, 'gmail', DEFAULT_SETTINGS, now);
    const [entry] = await db.audit.toArray();
    expect(Object.keys(entry ?? {}).sort()).toEqual(
      [
        'action',
        'at',
        'attemptId',
        'draftFingerprint',
        'id',
        'recipients',
        'site',
        'type',
        'userEmail',
        'warnings',
      ].sort(),
    );
  });
});
