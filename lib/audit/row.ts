import { z } from 'zod';
import type { AuditEntry } from '../model/audit';
import { EmailAddress, IsoDateTime, RecordId } from '../model/common';
import { DecisionAction, Evidence, RuleId, Severity, type Warning } from '../model/warning';

/** What the rep did about a warning; `none`: the dialog was shown and no decision came back (tab closed). */
export const AuditDecision = z.enum([...DecisionAction.options, 'none']);
export type AuditDecision = z.infer<typeof AuditDecision>;

/** A rule id, or `unknown` for an old team note whose warning title matches no rule we know. */
export const AuditRuleId = z.enum([...RuleId.options, 'unknown']);
export type AuditRuleId = z.infer<typeof AuditRuleId>;

/** `local`: this browser saw it; `team`: read back from the CRM timeline notes the guard writes. */
export const AuditOrigin = z.enum(['local', 'team']);
export type AuditOrigin = z.infer<typeof AuditOrigin>;

/**
 * One line of the manager's audit log: one warning of one send attempt, joined with what the rep decided.
 * Derived, never stored as such: local rows are rebuilt from the audit table, team rows from CRM notes.
 */
export const AuditRow = z.object({
  /** Identifies the same warning wherever it was read (see rowKey): the merge key of local and team rows. */
  key: z.string().max(3000),
  attemptId: RecordId,
  /** When the warning was shown (the decision's time when only the decision is known). */
  at: IsoDateTime,
  decidedAt: IsoDateTime.optional(),
  repEmail: EmailAddress,
  repName: z.string().max(200).optional(),
  /** Unknown for an old team note, which did not say. */
  site: z.enum(['gmail', 'linkedin']).optional(),
  recipients: z.array(z.string().max(2048)).max(500),
  /** The recipient the warning is about. */
  contact: z.string().max(2048).optional(),
  /** The contact's company: its CRM name when the cache knows it, else the address's domain. */
  company: z.string().max(300).optional(),
  ruleId: AuditRuleId,
  severity: Severity,
  title: z.string().max(300),
  detail: z.string().max(2000),
  evidence: z.array(Evidence).max(20),
  decision: AuditDecision,
  reason: z.string().max(2000).optional(),
  origin: AuditOrigin,
});
export type AuditRow = z.infer<typeof AuditRow>;

export interface RowContext {
  /** Display name of a rep by email (the workspace's users). */
  repName?: (email: string) => string | undefined;
  /** Company name of a contact's address; the address's domain is used when this answers nothing. */
  companyOf?: (email: string) => string | undefined;
}

type Shown = Extract<AuditEntry, { type: 'warnings_shown' }>;
type Decided = Extract<AuditEntry, { type: 'decision' }>;

/**
 * The merge key: attempt, rule and recipient. A second warning of the same rule for the same recipient in one
 * attempt (two open quotes) gets `#1`, `#2`…, in the order the guard raised them, which the team note keeps.
 */
export function rowKey(attemptId: string, ruleId: string, recipient: string | undefined, occurrence: number): string {
  const base = `${attemptId}|${ruleId}|${recipient ?? ''}`;
  return occurrence === 0 ? base : `${base}#${occurrence}`;
}

/** The domain of an address, as the company of last resort. */
export function domainOf(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf('@') ?? -1;
  return address && at > 0 ? address.slice(at + 1).toLowerCase() : undefined;
}

export interface AttemptFacts {
  attemptId: string;
  at: string;
  decidedAt?: string;
  repEmail: string;
  site?: 'gmail' | 'linkedin';
  recipients: string[];
  /** The guard's warnings, or a team note's, whose rule may be `unknown`. */
  warnings: readonly (Pick<Warning, 'severity' | 'recipient' | 'title' | 'detail' | 'evidence'> & {
    ruleId: AuditRuleId;
  })[];
  decision: AuditDecision;
  reason?: string;
}

/** One row per warning of an attempt. Shared by local entries and decoded team notes, so both key alike. */
export function attemptRows(facts: AttemptFacts, origin: AuditOrigin, ctx: RowContext = {}): AuditRow[] {
  const seen = new Map<string, number>();
  const repName = ctx.repName?.(facts.repEmail);
  const only = facts.recipients.length === 1 ? facts.recipients[0] : undefined;
  return facts.warnings.map((w) => {
    const contact = w.recipient ?? only;
    const base = `${w.ruleId}|${contact ?? ''}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const company = (contact && ctx.companyOf?.(contact)) || domainOf(contact);
    return {
      key: rowKey(facts.attemptId, w.ruleId, contact, occurrence),
      attemptId: facts.attemptId,
      at: facts.at,
      ...(facts.decidedAt ? { decidedAt: facts.decidedAt } : {}),
      repEmail: facts.repEmail,
      ...(repName ? { repName } : {}),
      ...(facts.site ? { site: facts.site } : {}),
      recipients: facts.recipients,
      ...(contact ? { contact } : {}),
      ...(company ? { company } : {}),
      ruleId: w.ruleId,
      severity: w.severity,
      title: w.title,
      detail: w.detail,
      evidence: w.evidence,
      decision: facts.decision,
      ...(facts.reason ? { reason: facts.reason } : {}),
      origin,
    };
  });
}

/**
 * Pairs each attempt's `warnings_shown` with its decision (by attemptId) and spreads it into one row per warning.
 * The warnings shown are the ones listed; a decision alone (its shown entry purged or never written) lists its own.
 * Several decisions on one attempt: the last one counts. Campaign checks are not rows (see campaignCollisions).
 */
export function buildAuditRows(entries: readonly AuditEntry[], ctx: RowContext = {}): AuditRow[] {
  const attempts = new Map<string, { shown?: Shown; decided?: Decided }>();
  for (const entry of entries) {
    if (entry.type === 'campaign_check') continue;
    const slot = attempts.get(entry.attemptId) ?? {};
    if (entry.type === 'warnings_shown') {
      if (!slot.shown || entry.at < slot.shown.at) slot.shown = entry;
    } else if (!slot.decided || entry.at >= slot.decided.at) {
      slot.decided = entry;
    }
    attempts.set(entry.attemptId, slot);
  }
  const rows: AuditRow[] = [];
  for (const [attemptId, { shown, decided }] of attempts) {
    const first = shown ?? decided;
    if (!first) continue;
    const warnings = shown?.warnings ?? decided?.warnings ?? [];
    rows.push(
      ...attemptRows(
        {
          attemptId,
          at: first.at,
          ...(decided ? { decidedAt: decided.at } : {}),
          repEmail: first.userEmail,
          site: first.site,
          recipients: first.recipients,
          warnings,
          decision: decided?.action ?? 'none',
          ...(decided?.reason ? { reason: decided.reason } : {}),
        },
        'local',
        ctx,
      ),
    );
  }
  return rows;
}
