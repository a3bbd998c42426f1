import type { AuditEntry } from '../model/audit';
import { encodeDecisionData } from './team-note-data';

/** TimelineNotePayload's limit on the body. */
export const NOTE_BODY_MAX = 5000;

const ACTION_WORDS = {
  edited: 'went back to edit',
  cancelled: 'cancelled the send',
  sent_anyway: 'sent anyway',
} as const;

/** The line that identifies a decision's note in the CRM (the audit page and outbox retries search for it). */
export function decisionMarker(attemptId: string): string {
  return `[preflight-decision:${attemptId}]`;
}

/**
 * A decision's timeline note: a title and bullets a person reads, then the data line the audit page decodes
 * (given whatever room the body has left), then the marker, always last (the v3 upgrade and retries rely on it).
 */
export function decisionNoteText(entry: Extract<AuditEntry, { type: 'decision' }>): {
  title: string;
  body: string;
  marker: string;
} {
  const marker = decisionMarker(entry.attemptId);
  const lines = [
    ...entry.warnings.map((w) => `• [${w.severity}] ${w.title}${w.recipient ? ` (${w.recipient})` : ''}`),
    ...(entry.reason ? [`Reason: ${entry.reason}`] : []),
  ];
  const data = encodeDecisionData(entry, NOTE_BODY_MAX - lines.join('\n').length - marker.length - 2);
  return {
    title: `Preflight: ${entry.userEmail} ${ACTION_WORDS[entry.action]}`,
    body: [...lines, ...(data ? [data] : []), marker].join('\n'),
    marker,
  };
}
