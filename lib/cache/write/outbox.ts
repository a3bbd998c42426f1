import type { CrmSource } from '../../model/common';
import type { OutboxItem } from '../../model/audit';
import type { PreflightDb } from '../db';

/** Queues a CRM write unless one with the same idempotency key is already there. True when added. */
export async function enqueueOutboxItem(db: PreflightDb, item: OutboxItem): Promise<boolean> {
  return db.transaction('rw', db.outbox, async () => {
    if (await db.outbox.where('idempotencyKey').equals(item.idempotencyKey).first()) return false;
    await db.outbox.add(item);
    return true;
  });
}

/** Pending writes for `source` whose backoff has passed, oldest first. Rows queued before issue 4 count as demo. */
export async function dueOutboxItems(db: PreflightDb, source: CrmSource, now: Date): Promise<OutboxItem[]> {
  const at = now.toISOString();
  const pending = await db.outbox.where('status').equals('pending').sortBy('createdAt');
  return pending.filter(
    (item) => (item.source ?? 'demo') === source && (item.nextAttemptAt === undefined || item.nextAttemptAt <= at),
  );
}

/**
 * Counts a try *before* it is made, durably: if the worker dies mid-write, the next drain sees attempts > 0
 * and checks whether the write landed instead of writing again.
 */
export async function markOutboxAttempt(db: PreflightDb, id: string): Promise<OutboxItem | undefined> {
  return db.transaction('rw', db.outbox, async () => {
    const item = await db.outbox.get(id);
    if (!item || item.status !== 'pending') return undefined;
    const next = { ...item, attempts: item.attempts + 1 };
    await db.outbox.put(next);
    return next;
  });
}

export type OutboxResult =
  | { status: 'done'; crmRecordId?: string; note?: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string }
  | { status: 'retry'; reason: string; notBefore: Date };

export async function settleOutboxItem(db: PreflightDb, id: string, result: OutboxResult): Promise<void> {
  await db.outbox
    .where('id')
    .equals(id)
    .modify((item) => {
      delete item.nextAttemptAt;
      switch (result.status) {
        case 'done':
          item.status = 'done';
          delete item.lastError;
          if (result.crmRecordId) item.crmRecordId = result.crmRecordId;
          break;
        case 'skipped':
        case 'failed':
          item.status = result.status;
          item.lastError = result.reason.slice(0, 500);
          break;
        case 'retry':
          item.lastError = result.reason.slice(0, 500);
          item.nextAttemptAt = result.notBefore.toISOString();
          break;
      }
    });
}

/**
 * A rep's "Retry" on a failed write: pending and due now, with a fresh budget of tries. The count restarts at 1,
 * not 0, so the next try still checks whether an earlier one landed. False unless the write had failed.
 */
export async function retryOutboxItem(db: PreflightDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.outbox, async () => {
    const item = await db.outbox.get(id);
    if (!item || item.status !== 'failed') return false;
    await db.outbox
      .where('id')
      .equals(id)
      .modify((row) => {
        row.status = 'pending';
        row.attempts = 1;
        delete row.nextAttemptAt;
      });
    return true;
  });
}
