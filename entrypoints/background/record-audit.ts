import { decisionNoteText } from '../../lib/audit/decision-note';
import type { PreflightDb } from '../../lib/cache/db';
import { recordAuditEntry } from '../../lib/cache/write/audit-log';
import type { AuditReport } from '../../lib/messaging/protocol';
import type { AuditEntry, OutboxItem } from '../../lib/model/audit';
import type { CrmSource } from '../../lib/model/common';
import type { Settings } from '../../lib/model/settings';

export { decisionMarker } from '../../lib/audit/decision-note';

/**
 * Turns a content script's report into an audit entry (who and when come from settings and the clock, the
 * site from the sender) and queues the decision's timeline note for the CRM.
 */
export async function recordAudit(
  db: PreflightDb,
  report: AuditReport,
  site: 'gmail' | 'linkedin',
  settings: Settings,
  now: Date,
  source?: CrmSource,
): Promise<AuditEntry> {
  const base = {
    id: crypto.randomUUID(),
    attemptId: report.attemptId,
    at: now.toISOString(),
    userEmail: settings.currentUserEmail,
    site,
    recipients: report.recipients,
    warnings: report.warnings,
    draftFingerprint: report.draftFingerprint,
  };
  const entry: AuditEntry =
    report.kind === 'warnings_shown'
      ? { ...base, type: 'warnings_shown', warnings: report.warnings }
      : { ...base, type: 'decision', action: report.action, ...(report.reason ? { reason: report.reason } : {}) };
  const note = entry.type === 'decision' ? timelineNote(entry, now, source) : undefined;
  await recordAuditEntry(db, entry, note);
  return entry;
}

function timelineNote(entry: Extract<AuditEntry, { type: 'decision' }>, now: Date, source?: CrmSource): OutboxItem {
  // Shared with the demo's team notes, so the audit page reads both the same way.
  const { title, body, marker } = decisionNoteText(entry);
  return {
    id: crypto.randomUUID(),
    idempotencyKey: `decision:${entry.attemptId}:${entry.action}`,
    kind: 'timeline_note',
    ...(source ? { source } : {}),
    createdAt: now.toISOString(),
    status: 'pending',
    attempts: 0,
    payload: { recipients: entry.recipients, title, body, marker, auditEntryId: entry.id },
  };
}
