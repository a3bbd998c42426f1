import { z } from 'zod';
import { CrmSource, EmailAddress, IsoDateTime, RecordId } from './common';
import { Decision, Warning } from './warning';

/** A campaign check whose owners were notified: what it held back and the summary each owner was sent. */
function CampaignCheckEntry() {
  return z.object({
    type: z.literal('campaign_check'),
    id: RecordId,
    at: IsoDateTime,
    userEmail: EmailAddress,
    campaign: z.string().min(1).max(200),
    offer: z.string().max(500).optional(),
    total: z.number().int().min(0),
    held: z.number().int().min(0),
    /** Recipients per reason id (campaign reason ids, and `unknown-recipient`). */
    byReason: z.record(z.string().max(40), z.number().int().min(0)),
    notices: z
      .array(
        z.object({
          ownerId: RecordId,
          name: z.string().max(300),
          email: EmailAddress.optional(),
          count: z.number().int().min(0),
          text: z.string().max(2000),
        }),
      )
      .max(500),
  });
}

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
  CampaignCheckEntry(),
]);
export type AuditEntry = z.infer<typeof AuditEntry>;

const OutboxBase = z.object({
  id: RecordId,
  /** Same key → same CRM write: a retry never creates a second note. */
  idempotencyKey: z.string().min(1).max(200),
  /** The workspace the write belongs to; a write queued against the demo never reaches a real CRM. */
  source: CrmSource.optional(),
  createdAt: IsoDateTime,
  /** `skipped`: nothing to write (no CRM record for any recipient, or queued against another workspace). */
  status: z.enum(['pending', 'done', 'failed', 'skipped']),
  attempts: z.number().int().min(0),
  /** Not retried before this time (backoff after a failure). */
  nextAttemptAt: IsoDateTime.optional(),
  lastError: z.string().max(500).optional(),
  /** What the CRM created (e.g. the note id), for the audit page to link. */
  crmRecordId: z.string().max(100).optional(),
});

export const TimelineNotePayload = z.object({
  recipients: z.array(z.string().max(2048)).max(500),
  title: z.string().max(300),
  body: z.string().max(5000),
  /** The line that lets a retry (and the audit page) find this note again in the CRM. */
  marker: z.string().max(120),
  auditEntryId: RecordId.optional(),
});
export type TimelineNotePayload = z.infer<typeof TimelineNotePayload>;

export const StopMarketingPayload = z.object({
  email: EmailAddress,
  /** The rep who recorded the request. */
  requestedBy: EmailAddress,
  /** Why, in the rep's words ("asked on the phone, hates unsolicited email"): kept with the flag and the note. */
  reason: z.string().max(1000).optional(),
  /** Marks the timeline note that records the request, so a retry finds it instead of writing it twice. */
  marker: z.string().max(120).optional(),
});
export type StopMarketingPayload = z.infer<typeof StopMarketingPayload>;

/** A write to the CRM that must not be lost: kept in the outbox until the connector confirms it. */
export const OutboxItem = z.discriminatedUnion('kind', [
  OutboxBase.extend({ kind: z.literal('timeline_note'), payload: TimelineNotePayload }),
  OutboxBase.extend({ kind: z.literal('stop_marketing'), payload: StopMarketingPayload }),
]);
export type OutboxItem = z.infer<typeof OutboxItem>;

/** What extension pages see of a queued write: enough to show pending and failed writes, nothing more. */
export const OutboxView = z.object({
  id: RecordId,
  kind: z.enum(['timeline_note', 'stop_marketing']),
  status: z.enum(['pending', 'done', 'failed', 'skipped']),
  createdAt: IsoDateTime,
  attempts: z.number().int().min(0),
  nextAttemptAt: IsoDateTime.optional(),
  lastError: z.string().max(500).optional(),
  /** "Override note", "Lead feedback: good fit", "Stop marketing emails". */
  label: z.string().max(200),
});
export type OutboxView = z.infer<typeof OutboxView>;

export const LeadVerdict = z.enum(['good_fit', 'not_ready', 'bad_fit']);
export type LeadVerdict = z.infer<typeof LeadVerdict>;
export const LEAD_VERDICT_LABELS: Readonly<Record<LeadVerdict, string>> = {
  good_fit: 'Good fit',
  not_ready: 'Not ready',
  bad_fit: 'Bad fit',
};
