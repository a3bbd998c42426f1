import { afterEach, describe, expect, it } from 'vitest';
import { dropDb, freshDb } from '../../../tests/helpers/demo-db';
import type { PreflightDb } from '../db';
import { readByKeys } from './read-by-keys';

let db: PreflightDb | undefined;
afterEach(async () => {
  if (db) await dropDb(db);
  db = undefined;
});

async function seeded(count: number): Promise<PreflightDb> {
  db = freshDb();
  await db.contacts.bulkPut(
    Array.from({ length: count }, (_, i) => ({
      id: `c${i}`,
      name: `Person ${i}`,
      source: 'demo' as const,
      crmIds: {},
      updatedAt: '2026-11-01T00:00:00.000Z',
      // Every contact has two addresses, so a multi-entry index finds it by either.
      emails: [`p${i}@a.example`, `p${i}@b.example`],
    })),
  );
  return db;
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('readByKeys', () => {
  it('finds rows by any key of a multi-entry index, each row once, skipping unknown keys', async () => {
    const d = await seeded(50);
    const rows = await readByKeys(
      d.contacts,
      'emails',
      ['p3@a.example', 'p3@b.example', 'p7@b.example', 'nobody@x.example'],
      (c) => c.emails,
    );
    expect(ids(rows)).toEqual(['c3', 'c7']);
  });

  it('reads the whole table and filters when it is smaller than the key list, with the same answer', async () => {
    const d = await seeded(5);
    const keys = Array.from({ length: 12 }, (_, i) => `p${i}@b.example`);
    const rows = await readByKeys(d.contacts, 'emails', keys, (c) => c.emails);
    expect(ids(rows)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('reads by primary key when no index is named', async () => {
    const d = await seeded(20);
    const rows = await readByKeys(d.contacts, null, ['c2', 'c2', 'c9', 'c99'], (c) => [c.id]);
    expect(ids(rows)).toEqual(['c2', 'c9']);
  });

  it('answers nothing for no keys or an empty table', async () => {
    const d = await seeded(0);
    expect(await readByKeys(d.contacts, 'emails', ['p1@a.example'], (c) => c.emails)).toEqual([]);
    expect(await readByKeys(d.contacts, 'emails', [], (c) => c.emails)).toEqual([]);
  });
});
