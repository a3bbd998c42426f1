import type { AuditEntry, OutboxItem } from '../../model/audit';
import type { PreflightDb } from '../db';

/**
 * Records an audit entry and, for a decision, queues its timeline note for the CRM in the same transaction:
 * either both are kept or neither.
 * The database is opened with strict durability (see db.ts): losing an override record is not acceptable.
 */
export async function recordAuditEntry(db: PreflightDb, entry: AuditEntry, note?: OutboxItem): Promise<void> {
  await db.transaction('rw', [db.audit, db.outbox], async () => {
    await db.audit.put(entry);
    if (note && !(await db.outbox.where('idempotencyKey').equals(note.idempotencyKey).first())) {
      await db.outbox.add(note);
    }
  });
}
