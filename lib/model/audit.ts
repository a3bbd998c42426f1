import { z } from 'zod';
import { EmailAddress, IsoDateTime, RecordId } from './common';
import { DecisionAction, Warning } from './warning';

const GuardSite = z.enum(['gmail', 'linkedin']);

/**
 * One row of the audit log. A send attempt that raised warnings writes `warnings_shown` the moment the
 * dialog opens, then `decision` when the rep acts — so a tab closed mid-dialog still leaves a trace.
 * Neither stores the message text: only recipients, warnings with evidence, and a fingerprint.
 */
export const AuditEntry = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('warnings_shown'),
    id: RecordId,
    attemptId: RecordId,
    at: IsoDateTime,
    userEmail: EmailAddress,
    site: GuardSite,
    recipients: z.array(z.string().max(2048)).max(500),
    warnings: z.array(Warning).min(1).max(2000),
    draftFingerprint: z.string().regex(/^[a-f0-9]{16,128}$/),
  }),
  z.object({
    type: z.literal('decision'),
    id: RecordId,
    attemptId: RecordId,
    at: IsoDateTime,
    userEmail: EmailAddress,
    site: GuardSite,
    recipients: z.array(z.string().max(2048)).max(500),
    warnings: z.array(Warning).max(2000),
    action: DecisionAction,
    reason: z.string().max(2000).optional(),
    draftFingerprint: z.string().regex(/^[a-f0-9]{16,128}$/),
  }),
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
