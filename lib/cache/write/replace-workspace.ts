import type { WorkspaceMeta, WorkspaceSnapshot } from '../../model/workspace';
import { crmTables, type PreflightDb } from '../db';
import { putRecords } from './merge-records';

/**
 * Replaces everything cached with one workspace snapshot, atomically: a reader sees either the old
 * workspace or the new one, never a mix. Used to seed and reset the demo.
 */
export async function replaceWorkspace(db: PreflightDb, snapshot: WorkspaceSnapshot): Promise<WorkspaceMeta> {
  const meta: WorkspaceMeta = {
    source: snapshot.source,
    label: snapshot.label,
    isDemo: snapshot.source === 'demo',
    seededAt: snapshot.generatedAt,
    currentUserId: snapshot.currentUserId,
    contactCount: snapshot.contacts.length,
  };
  await db.transaction('rw', crmTables(db), async () => {
    await Promise.all(crmTables(db).map((table) => table.clear()));
    await Promise.all([
      putRecords(db, snapshot, snapshot.generatedAt),
      db.products.bulkPut(snapshot.products),
      db.meta.put({ key: 'workspace', value: meta }),
    ]);
  });
  return meta;
}

/**
 * Seeds only when the cache holds no workspace yet. The check and the write share one transaction
 * so two wake-ups of the background racing on first install cannot seed twice.
 */
export async function seedIfEmpty(
  db: PreflightDb,
  makeSnapshot: () => WorkspaceSnapshot,
): Promise<{ seeded: boolean; meta: WorkspaceMeta }> {
  const existing = await db.meta.get('workspace');
  if (existing) return { seeded: false, meta: existing.value };
  return db.transaction('rw', crmTables(db), async () => {
    const again = await db.meta.get('workspace');
    if (again) return { seeded: false, meta: again.value };
    return { seeded: true, meta: await replaceWorkspace(db, makeSnapshot()) };
  });
}
