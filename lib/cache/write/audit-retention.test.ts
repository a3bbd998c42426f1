import { afterEach, describe, expect, it } from 'vitest';
import { decided, shown, warning } from '../../audit/test-support';
import { dropDb, freshDb } from '../../../tests/helpers/demo-db';
import type { PreflightDb } from '../db';
import { purgeAuditOlderThan } from './audit-retention';

const now = new Date('2026-11-23T10:00:00.000Z');
const daysAgo = (days: number, extraMs = 0) => new Date(now.getTime() - days * 86_400_000 + extraMs).toISOString();
const opened: PreflightDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map(dropDb));
});

describe('purgeAuditOlderThan', () => {
  it('deletes entries older than the retention, keeps the boundary and newer ones, and counts what went', async () => {
    const db = freshDb();
    opened.push(db);
    const w = [warning('do-not-contact', 'dana@contoso.io')];
    await db.audit.bulkPut([
      shown({ attemptId: 'old', at: daysAgo(200), warnings: w }),
      decided({ attemptId: 'old', at: daysAgo(200, 60_000), warnings: w, action: 'sent_anyway' }),
      shown({ attemptId: 'edge', at: daysAgo(180), warnings: w }),
      shown({ attemptId: 'just-over', at: daysAgo(180, -1), warnings: w }),
      shown({ attemptId: 'new', at: daysAgo(3), warnings: w }),
    ]);
    await db.outbox.add({
      id: 'o1',
      idempotencyKey: 'decision:old:sent_anyway',
      kind: 'timeline_note',
      createdAt: daysAgo(200),
      status: 'done',
      attempts: 1,
      payload: { recipients: [], title: 't', body: 'b', marker: 'm' },
    });

    expect(await purgeAuditOlderThan(db, 180, now)).toBe(3);
    expect((await db.audit.toArray()).map((e) => ('attemptId' in e ? e.attemptId : e.id)).sort()).toEqual([
      'edge',
      'new',
    ]);
    // The outbox is not the audit log: its own lifecycle decides what it keeps.
    expect(await db.outbox.count()).toBe(1);
    expect(await purgeAuditOlderThan(db, 180, now)).toBe(0);
  });

  it('refuses a retention below one day', async () => {
    const db = freshDb();
    opened.push(db);
    await expect(purgeAuditOlderThan(db, 0, now)).rejects.toThrow(RangeError);
  });
});
