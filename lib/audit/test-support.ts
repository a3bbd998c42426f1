import type { AuditEntry } from '../model/audit';
import type { DecisionAction, RuleId, Warning } from '../model/warning';
import { RuleId as RuleIds } from '../model/warning';
import type { AuditRow } from './row';

/** Test-only builders for audit entries and rows. */

export const FP = 'ab'.repeat(16);

export function warning(ruleId: RuleId, recipient?: string, extra: Partial<Warning> = {}): Warning {
  return {
    ruleId,
    severity: ruleId === 'do-not-contact' ? 'block' : 'confirm',
    ...(recipient ? { recipient } : {}),
    title: `${ruleId} for ${recipient ?? 'everyone'}`,
    detail: 'Detail of the warning.',
    fix: 'Fix it.',
    evidence: [],
    ...extra,
  };
}

interface AttemptInput {
  attemptId: string;
  at: string;
  user?: string;
  recipients?: string[];
  warnings: Warning[];
}

export function shown(input: AttemptInput): AuditEntry {
  return {
    type: 'warnings_shown',
    id: `shown-${input.attemptId}`,
    attemptId: input.attemptId,
    at: input.at,
    userEmail: input.user ?? 'alex.morgan@example.com',
    site: 'gmail',
    recipients: input.recipients ?? [...new Set(input.warnings.flatMap((w) => (w.recipient ? [w.recipient] : [])))],
    warnings: input.warnings,
    draftFingerprint: FP,
  };
}

export function decided(input: AttemptInput & { action: DecisionAction; reason?: string }): AuditEntry {
  return {
    type: 'decision',
    id: `decision-${input.attemptId}-${input.at}`,
    attemptId: input.attemptId,
    at: input.at,
    userEmail: input.user ?? 'alex.morgan@example.com',
    site: 'gmail',
    recipients: input.recipients ?? [...new Set(input.warnings.flatMap((w) => (w.recipient ? [w.recipient] : [])))],
    warnings: input.warnings,
    action: input.action,
    ...(input.reason ? { reason: input.reason } : {}),
    draftFingerprint: FP,
  };
}

/** A row with sensible defaults; tests override what they look at. */
export function row(extra: Partial<AuditRow> & { attemptId: string }): AuditRow {
  const base: AuditRow = {
    key: `${extra.attemptId}|${extra.ruleId ?? 'do-not-contact'}|${extra.contact ?? ''}`,
    attemptId: extra.attemptId,
    at: '2026-11-02T10:00:00.000Z',
    repEmail: 'alex.morgan@example.com',
    recipients: extra.contact ? [extra.contact] : [],
    ruleId: 'do-not-contact',
    severity: 'block',
    title: 'A warning',
    detail: 'Its detail.',
    evidence: [],
    decision: 'edited',
    origin: 'local',
  };
  return { ...base, ...extra };
}

const REPS = ['alex', 'riley', 'taylor', 'casey', 'noah', 'jamie'].map((n) => `${n}@example.com`);
const DECISIONS = ['edited', 'cancelled', 'sent_anyway', 'none'] as const;

/** `count` varied rows (a cheap deterministic spread over reps, rules, decisions and 90 days) for speed tests. */
export function manyRows(count: number): AuditRow[] {
  const start = Date.parse('2026-08-25T00:00:00.000Z');
  const rows: AuditRow[] = [];
  for (let i = 0; i < count; i++) {
    const contact = `buyer${i % 5000}@company-${i % 700}.example`;
    const ruleId = RuleIds.options[i % RuleIds.options.length]!;
    rows.push(
      row({
        attemptId: `attempt-${i}`,
        key: `attempt-${i}|${ruleId}|${contact}`,
        at: new Date(start + ((i * 7919) % (90 * 86_400_000))).toISOString(),
        repEmail: REPS[i % REPS.length]!,
        contact,
        company: `company-${i % 700}.example`,
        recipients: [contact],
        ruleId,
        title: `Warning ${i} about ${contact}`,
        decision: DECISIONS[(i * 31) % 4]!,
        ...(i % 4 === 2 ? { reason: `Reason number ${i}` } : {}),
      }),
    );
  }
  return rows;
}
