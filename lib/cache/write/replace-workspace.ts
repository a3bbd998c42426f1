import { BriefSectionName } from '../../model/brief';
import type { WorkspaceMeta, WorkspaceSnapshot } from '../../model/workspace';
import { crmTables, type FreshnessRow, type PreflightDb } from '../db';

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
  const freshness: FreshnessRow[] = snapshot.contacts.flatMap((contact) =>
    BriefSectionName.options.map((section) => ({
      contactId: contact.id,
      section,
      fetchedAt: snapshot.generatedAt,
      partial: false,
    })),
  );
  await db.transaction('rw', crmTables(db), async () => {
    await Promise.all(crmTables(db).map((table) => table.clear()));
    await Promise.all([
      db.users.bulkPut(snapshot.users),
      db.products.bulkPut(snapshot.products),
      db.contacts.bulkPut(snapshot.contacts),
      db.policies.bulkPut(snapshot.policies),
      db.forms.bulkPut(snapshot.forms),
      db.marketing.bulkPut(snapshot.marketing),
      db.quotes.bulkPut(snapshot.quotes),
      db.deals.bulkPut(snapshot.deals),
      db.outreach.bulkPut(snapshot.outreach),
      db.freshness.bulkPut(freshness),
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
