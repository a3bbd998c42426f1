import { type ConnectionState, StoredHubSpotConnection } from '../../model/connection';
import type { User } from '../../model/user';
import type { Product, WorkspaceMeta, WorkspaceSnapshot } from '../../model/workspace';
import { crmTables, type PreflightDb } from '../db';
import { replaceWorkspace } from './replace-workspace';

/**
 * The stored HubSpot connection, or undefined. A row that no longer parses (hand-edited, older shape) counts
 * as no connection rather than a half-trusted one. Lives under cache/write so only the background can import it.
 */
export async function readConnection(db: PreflightDb): Promise<StoredHubSpotConnection | undefined> {
  const row = await db.connections.get('hubspot');
  const parsed = StoredHubSpotConnection.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Switches the cache to a HubSpot portal in one transaction: the demo (or another portal) is purged, the
 * portal's owners are stored, and writes queued against another workspace are set aside, never sent here.
 */
export async function connectHubSpotWorkspace(
  db: PreflightDb,
  connection: StoredHubSpotConnection,
  catalog: { owners: readonly User[]; products: readonly Product[] },
  meta: WorkspaceMeta,
): Promise<void> {
  await db.transaction('rw', [...crmTables(db), db.connections, db.outbox], async () => {
    await Promise.all(crmTables(db).map((table) => table.clear()));
    await db.users.bulkPut([...catalog.owners]);
    await db.products.bulkPut([...catalog.products]);
    await db.meta.put({ key: 'workspace', value: meta });
    await db.connections.put(connection);
    await skipPendingWrites(db, (source) => source !== 'hubspot', 'Queued against another workspace.');
  });
}

/** Same portal, new token (rotation or reconnect): the connection and owners are updated, the cache is kept. */
export async function refreshHubSpotConnection(
  db: PreflightDb,
  connection: StoredHubSpotConnection,
  owners: readonly User[],
  products: readonly Product[],
): Promise<void> {
  await db.transaction('rw', [db.connections, db.users, db.products], async () => {
    if (owners.length > 0) await db.users.bulkPut([...owners]);
    if (products.length > 0) await db.products.bulkPut([...products]);
    await db.connections.put(connection);
  });
}

/** Removes the token and every cached HubSpot record, and puts the demo back. Queued HubSpot writes are set aside. */
export async function disconnectHubSpotWorkspace(db: PreflightDb, demo: WorkspaceSnapshot): Promise<WorkspaceMeta> {
  return db.transaction('rw', [...crmTables(db), db.connections, db.outbox], async () => {
    await db.connections.delete('hubspot');
    await skipPendingWrites(db, (source) => source === 'hubspot', 'HubSpot was disconnected before it was written.');
    return replaceWorkspace(db, demo);
  });
}

export async function setConnectionState(
  db: PreflightDb,
  state: ConnectionState,
  reason?: string,
): Promise<StoredHubSpotConnection | undefined> {
  return db.transaction('rw', db.connections, async () => {
    const current = await readConnection(db);
    if (!current) return undefined;
    const { stateReason: _dropped, ...rest } = current;
    const next: StoredHubSpotConnection = { ...rest, state, ...(reason ? { stateReason: reason } : {}) };
    await db.connections.put(next);
    return next;
  });
}

async function skipPendingWrites(
  db: PreflightDb,
  matches: (source: string | undefined) => boolean,
  why: string,
): Promise<void> {
  await db.outbox
    .where('status')
    .equals('pending')
    .modify((item) => {
      if (!matches(item.source)) return;
      item.status = 'skipped';
      item.lastError = why;
    });
}
