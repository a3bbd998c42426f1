import { describe, expect, it } from 'vitest';
import { DEMO_ANCHOR, demoSnapshot, dropDb, freshDb, PRIYA_EMAIL, readDemoBrief } from '../../tests/helpers/demo-db';
import { PreflightDb, crmTables } from './db';
import { readWorkspaceMeta } from './read/workspace-meta';
import { rememberLookupMiss } from './write/lookup-misses';
import { seedIfEmpty } from './write/replace-workspace';

describe('PreflightDb persistence', () => {
  it('keeps the workspace across close and reopen (a new worker wake-up)', async () => {
    const first = freshDb();
    const name = first.name;
    const { meta } = await seedIfEmpty(first, () => demoSnapshot());
    await rememberLookupMiss(first, 'email:sam.patel@example.org', DEMO_ANCHOR.toISOString());
    const briefBefore = await readDemoBrief(first, PRIYA_EMAIL);
    first.close();

    const reopened = new PreflightDb(name);
    try {
      await reopened.open();
      expect(reopened.verno).toBe(first.verno);
      expect(await readWorkspaceMeta(reopened)).toEqual(meta);
      expect(await reopened.contacts.count()).toBe(meta.contactCount);
      expect(await reopened.lookupMisses.get('email:sam.patel@example.org')).toEqual({
        key: 'email:sam.patel@example.org',
        checkedAt: DEMO_ANCHOR.toISOString(),
      });
      expect(await readDemoBrief(reopened, PRIYA_EMAIL)).toEqual(briefBefore);
      // A reopened cache is not seeded again.
      expect((await seedIfEmpty(reopened, () => demoSnapshot())).seeded).toBe(false);
    } finally {
      await dropDb(reopened);
    }
  });

  it('keeps each named database separate', async () => {
    const a = freshDb();
    const b = freshDb();
    try {
      expect(a.name).not.toBe(b.name);
      await seedIfEmpty(a, () => demoSnapshot());
      expect(await b.contacts.count()).toBe(0);
      expect(await readWorkspaceMeta(b)).toBeUndefined();
    } finally {
      await Promise.all([dropDb(a), dropDb(b)]);
    }
  });

  it('clears every CRM table on replace: crmTables lists every table but the audit log, outbox and connection', () => {
    const target = freshDb();
    const listed = crmTables(target)
      .map((t) => t.name)
      .sort();
    // Decisions and pending CRM writes are the rep's own records: a workspace reset must not erase them.
    // The connection (token) is removed only by Disconnect, never by a reset.
    const kept = ['audit', 'outbox', 'connections'];
    expect(listed).toEqual(
      target.tables
        .map((t) => t.name)
        .filter((name) => !kept.includes(name))
        .sort(),
    );
    target.close();
  });
});
