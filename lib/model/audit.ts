import { z } from 'zod';
import { IsoDateTime, RecordId } from './common';
import { Decision, Warning } from './warning';

/**
 * One row of the audit log. A send attempt that raised warnings writes `warnings_shown` the moment the
 * dialog opens, then `decision` when the rep acts — so a tab closed mid-dialog still leaves a trace.
 * Neither stores the message text: only recipients, warnings with evidence, and a fingerprint.
 */
export const AuditEntry = z.discriminatedUnion('type', [
  Decision.omit({ action: true, reason: true }).extend({
    type: z.literal('warnings_shown'),
    attemptId: RecordId,
    warnings: z.array(Warning).min(1).max(2000),
  }),
  Decision.extend({ type: z.literal('decision'), attemptId: RecordId }),
]);
export type AuditEntry = z.infer<typeof AuditEntry>;

/** A write to the CRM that must not be lost: kept in the outbox until the connector confirms it. */
export const OutboxItem = z.object({
  id: RecordId,
  /** Same key → same CRM write: a retry never creates a second note. */
  idempotencyKey: z.string().min(1).max(200),
  kind: z.enum(['timeline_note']),
  createdAt: IsoDateTime,
  status: z.enum(['pending', 'done', 'failed']),
  attempts: z.number().int().min(0),
  lastError: z.string().max(500).optional(),
  payload: z.object({
    recipients: z.array(z.string().max(2048)).max(500),
    title: z.string().max(300),
    body: z.string().max(5000),
    auditEntryId: RecordId,
  }),
});
export type OutboxItem = z.infer<typeof OutboxItem>;
