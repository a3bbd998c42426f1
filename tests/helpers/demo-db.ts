import { PreflightDb } from '../../lib/cache/db';
import { findCachedContact } from '../../lib/cache/read/find-contact';
import { readBrief } from '../../lib/cache/read/read-brief';
import { seedIfEmpty } from '../../lib/cache/write/replace-workspace';
import { generateDemoWorkspace } from '../../lib/connectors/demo/generate-workspace';
import type { Brief } from '../../lib/model/brief';
import type { WorkspaceSnapshot } from '../../lib/model/workspace';

/**
 * Test-only helpers around the real Dexie schema on fake-indexeddb (tests/helpers/vitest-setup.ts).
 * They live here, outside components/, so component tests can read real demo briefs without importing
 * connectors or cache writers (ARCHITECTURE.md §3a bans those imports in components/).
 */

/** A fixed demo anchor: every story date ("expires in 9 days") is an offset from it. */
export const DEMO_ANCHOR = new Date('2026-11-23T10:00:00.000Z');

export const PRIYA_EMAIL = 'priya.raman@northwind-traders.com';
export const JORDAN_EMAIL = 'jordan.lee@northwind-traders.com';
export const DANA_EMAIL = 'dana.whitfield@contoso.io';
export const JONES_EMAIL = 'd.jones@riverside-clinic.example';
/** Alex Morgan, the demo's signed-in rep. */
export { CURRENT_USER_ID as DEMO_CURRENT_USER_ID } from '../../lib/connectors/demo/people';

let counter = 0;

/** A database no other test shares: unique name per call. Pair with `dropDb`. */
export function freshDb(): PreflightDb {
  counter += 1;
  return new PreflightDb(`test-${process.pid}-${counter}-${Date.now()}`);
}

/** Closes and deletes a test database. */
export async function dropDb(db: PreflightDb): Promise<void> {
  await db.delete();
}

const snapshots = new Map<number, WorkspaceSnapshot>();

/** The demo snapshot for an anchor (memoised: generating it is pure and deterministic). Returns a fresh copy. */
export function demoSnapshot(anchor: Date = DEMO_ANCHOR): WorkspaceSnapshot {
  let snapshot = snapshots.get(anchor.getTime());
  if (!snapshot) {
    snapshot = generateDemoWorkspace(anchor);
    snapshots.set(anchor.getTime(), snapshot);
  }
  return structuredClone(snapshot);
}

/** A fresh database seeded with the demo workspace. */
export async function seededDemoDb(anchor: Date = DEMO_ANCHOR): Promise<PreflightDb> {
  const db = freshDb();
  await seedIfEmpty(db, () => demoSnapshot(anchor));
  return db;
}

/** Reads the brief of a demo contact by email the way the background does (cache lookup, then readBrief). */
export async function readDemoBrief(db: PreflightDb, email: string): Promise<Brief> {
  const match = await findCachedContact(db, { email, role: 'sender' });
  if (!match) throw new Error(`no demo contact with ${email}`);
  return readBrief(db, match.contact);
}

/** Briefs of several demo contacts from one seeded database, which is deleted afterwards. */
export async function demoBriefs(emails: readonly string[], anchor: Date = DEMO_ANCHOR): Promise<Map<string, Brief>> {
  const db = await seededDemoDb(anchor);
  try {
    const briefs = new Map<string, Brief>();
    for (const email of emails) briefs.set(email, await readDemoBrief(db, email));
    return briefs;
  } finally {
    await dropDb(db);
  }
}
