import type { PreflightDb } from '../../lib/cache/db';
import { encodeDecisionData } from '../../lib/audit/team-note-data';
import { recordAuditEntry } from '../../lib/cache/write/audit-log';
import type { AuditReport } from '../../lib/messaging/protocol';
import type { AuditEntry, OutboxItem } from '../../lib/model/audit';
import type { CrmSource } from '../../lib/model/common';
import type { Settings } from '../../lib/model/settings';
import type { Warning } from '../../lib/model/warning';

/** TimelineNotePayload's limit on the body. */
const NOTE_BODY_MAX = 5000;

const ACTION_WORDS = {
  edited: 'went back to edit',
  cancelled: 'cancelled the send',
  sent_anyway: 'sent anyway',
} as const;

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
  const marker = decisionMarker(entry.attemptId);
  const lines = [
    ...entry.warnings.map((w: Warning) => `• [${w.severity}] ${w.title}${w.recipient ? ` (${w.recipient})` : ''}`),
    ...(entry.reason ? [`Reason: ${entry.reason}`] : []),
  ];
  // The manager's audit page rebuilds the decision from this line; it gets what room the note body has left.
  const data = encodeDecisionData(entry, NOTE_BODY_MAX - lines.join('\n').length - marker.length - 2);
  return {
    id: crypto.randomUUID(),
    idempotencyKey: `decision:${entry.attemptId}:${entry.action}`,
    kind: 'timeline_note',
    ...(source ? { source } : {}),
    createdAt: now.toISOString(),
    status: 'pending',
    attempts: 0,
    payload: {
      recipients: entry.recipients,
      title: `Preflight: ${entry.userEmail} ${ACTION_WORDS[entry.action]}`,
      body: [...lines, ...(data ? [data] : []), marker].join('\n'),
      marker,
      auditEntryId: entry.id,
    },
  };
}

/** The line that identifies a decision's note in the CRM (the audit page and outbox retries search for it). */
export function decisionMarker(attemptId: string): string {
  return `[preflight-decision:${attemptId}]`;
}
