import { afterEach, describe, expect, it } from 'vitest';
import { buildAuditRows } from '../../lib/audit/row';
import { AuditEntry } from '../../lib/model/audit';
import { dropDb, freshDb } from '../helpers/demo-db';
import type { PreflightDb } from '../../lib/cache/db';
import { seedAuditInPage } from '../bench/audit-seed';

const opened: PreflightDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map(dropDb));
});

describe('seedAuditInPage (the 100,000-entry bench seed)', () => {
  it('writes valid audit entries the real schema reads, one row per attempt, over every rule and decision', async () => {
    const db = freshDb();
    opened.push(db);
    await db.open();
    const nowMs = Date.parse('2026-11-23T10:00:00.000Z');
    await seedAuditInPage({ count: 480, nowMs, dbName: db.name });
    const entries = await db.audit.toArray();
    for (const entry of entries) expect(() => AuditEntry.parse(entry)).not.toThrow();
    const rows = buildAuditRows(entries);
    expect(rows).toHaveLength(480);
    expect(new Set(rows.map((r) => r.ruleId)).size).toBe(6);
    expect(new Set(rows.map((r) => r.decision))).toEqual(new Set(['edited', 'cancelled', 'sent_anyway', 'none']));
    expect(new Set(rows.map((r) => r.repEmail)).size).toBe(6);
    expect(rows.every((r) => Date.parse(r.at) < nowMs && Date.parse(r.at) > nowMs - 91 * 86_400_000)).toBe(true);
    expect(await db.audit.where('[type+at]').between(['decision', ''], ['decision', '\uffff']).count()).toBe(420);
  });
});
