import { isInternalEmail } from '../identity/email';
import type { Evidence, RuleId, Severity, Warning } from '../model/warning';
import { isEmailAddress } from './facts';
import { campaignOfferConflictRule } from './rules/campaign-offer-conflict';
import { dealOwnerRule } from './rules/deal-owner';
import { doNotContactRule } from './rules/do-not-contact';
import { duplicateOutreachRule } from './rules/duplicate-outreach';
import { quoteOfferConflictRule } from './rules/quote-offer-conflict';
import { unknownRecipientRule } from './rules/unknown-recipient';
import { applySeverityPolicy, configuredSeverity, isRuleEnabled, severityRank } from './severity';
import { clip } from './text';
import type { RecipientFacts, Rule, RuleContext } from './types';

/** Every rule, in the fixed order warnings of equal severity are listed (the RuleId order). */
export const RULES: readonly Rule[] = [
  doNotContactRule,
  quoteOfferConflictRule,
  campaignOfferConflictRule,
  duplicateOutreachRule,
  dealOwnerRule,
  unknownRecipientRule,
];

/** What a rule checks, for the notice shown when it fails. */
const RULE_SUBJECTS: Record<RuleId, string> = {
  'do-not-contact': 'do-not-contact flags',
  'quote-offer-conflict': 'conflicts with open quotes',
  'campaign-offer-conflict': 'conflicts with recent campaign offers',
  'duplicate-outreach': "colleagues' recent outreach",
  'deal-owner': 'deals owned by colleagues',
  'unknown-recipient': 'recipients Preflight could not look up',
};

const MAX_EVIDENCE = 20;

/**
 * Runs the rules on a draft. Never throws: a rule that fails becomes a notice and the other rules still run.
 *
 * 1. Internal recipients (settings.sellerDomains, or a lookup that says 'internal') and repeated recipients are
 *    removed before any rule sees them.
 * 2. Every enabled rule runs (settings.rules[id].enabled; a rule missing from saved settings counts as enabled).
 *    Exception: a recipient whose lookup failed is always reported by unknown-recipient, even when that rule is
 *    disabled — otherwise a failed lookup would read as "no conflicts" (ARCHITECTURE §7).
 * 3. Severity (see severity.ts): the configured severity sets the main case of each rule; weaker cases a rule
 *    emits below its default stay weaker and are capped by the configured severity; floors a rule emits above its
 *    default (failed lookup ≥ confirm) are never lowered by settings. The engine re-applies this mapping to every
 *    warning (it is idempotent), so a rule cannot bypass the settings.
 * 4. Warnings are clipped to the Warning schema's limits, de-duplicated (same rule, recipient, title and detail:
 *    the strongest copy wins) and sorted block > confirm > notice, then by the order of RULES, then as emitted.
 *
 * `rules` is for tests and tools; callers use the default registry.
 */
export function checkDraft(ctx: RuleContext, rules: readonly Rule[] = RULES): Warning[] {
  try {
    return runAll(ctx, rules);
  } catch {
    // Only a malformed context gets here (every rule is guarded): the send must still go through, with a notice.
    return [couldNotRun('unknown-recipient', 'Preflight failed while checking this draft, so nothing was checked.')];
  }
}

function runAll(ctx: RuleContext, rules: readonly Rule[]): Warning[] {
  const external = externalRecipients(ctx);
  const scoped: RuleContext = { ...ctx, recipients: external };
  const collected: { warning: Warning; ruleIndex: number }[] = [];
  rules.forEach((rule, ruleIndex) => {
    let ruleCtx = scoped;
    if (!isRuleEnabled(ctx.settings, rule.id)) {
      if (rule.id !== 'unknown-recipient') return;
      const failed = external.filter((r) => r.lookup.status === 'error');
      if (failed.length === 0) return;
      ruleCtx = { ...scoped, recipients: failed };
    }
    for (const warning of runRule(rule, ruleCtx)) collected.push({ warning, ruleIndex });
  });
  return sortAndDeduplicate(collected);
}

/** The strongest severity among the warnings; undefined when there are none. */
export function highestSeverity(warnings: readonly Pick<Warning, 'severity'>[]): Severity | undefined {
  let highest: Severity | undefined;
  for (const { severity } of warnings) {
    if (!highest || severityRank(severity) > severityRank(highest)) highest = severity;
  }
  return highest;
}

function externalRecipients(ctx: RuleContext): RecipientFacts[] {
  const seen = new Set<string>();
  const external: RecipientFacts[] = [];
  for (const facts of ctx.recipients) {
    const key = String(facts.recipient ?? '')
      .trim()
      .toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (facts.lookup.status === 'internal') continue;
    if (isEmailAddress(key) && isInternalEmail(key, ctx.settings.sellerDomains)) continue;
    external.push(facts);
  }
  return external;
}

function runRule(rule: Rule, ctx: RuleContext): Warning[] {
  try {
    const warnings = rule.evaluate(ctx);
    if (!Array.isArray(warnings)) throw new TypeError(`rule ${rule.id} returned no list`);
    const configured = configuredSeverity(ctx.settings, rule);
    return warnings.map((w) => sanitize(w, rule, applySeverityPolicy(w.severity, rule, configured)));
  } catch {
    // A bug in one rule must not stop the send or the other rules; the rep is told what was not checked.
    const subject = RULE_SUBJECTS[rule.id] ?? rule.id;
    return [
      couldNotRun(
        rule.id,
        `The check for ${subject} failed, so this draft was not checked for it. The other checks ran.`,
      ),
    ];
  }
}

function couldNotRun(ruleId: RuleId, detail: string): Warning {
  return {
    ruleId,
    severity: 'notice',
    title: 'Preflight could not run this check',
    detail,
    fix: 'Check this yourself before sending.',
    evidence: [],
  };
}

/** Keeps a warning inside the Warning schema, so one long CRM field cannot fail a whole check reply. */
function sanitize(warning: Warning, rule: Rule, severity: Severity): Warning {
  const recipient = isEmailAddress(warning.recipient) ? warning.recipient : undefined;
  const evidence = Array.isArray(warning.evidence) ? warning.evidence : [];
  return {
    ruleId: rule.id,
    severity,
    ...(recipient ? { recipient } : {}),
    title: clip(String(warning.title), 300),
    detail: clip(String(warning.detail), 2000),
    fix: clip(String(warning.fix), 500),
    // Evidence the rules built within limits (the usual case) is kept as is.
    evidence:
      evidence.length <= MAX_EVIDENCE && evidence.every(isTidy) ? evidence : evidence.slice(0, MAX_EVIDENCE).map(tidy),
  };
}

function isTidy(e: Evidence): boolean {
  return (
    typeof e.label === 'string' &&
    e.label.length <= 500 &&
    (e.refId === undefined || (e.refId.length > 0 && e.refId.length <= 200))
  );
}

function tidy(e: Evidence): Evidence {
  return {
    kind: e.kind,
    ...(e.refId ? { refId: clip(e.refId, 200) } : {}),
    label: clip(String(e.label), 500),
    ...(e.at ? { at: e.at } : {}),
    ...(e.url ? { url: e.url } : {}),
  };
}

function sortAndDeduplicate(collected: { warning: Warning; ruleIndex: number }[]): Warning[] {
  type Entry = { warning: Warning; ruleIndex: number; order: number };
  // Grouped by a short key; the (long) detail is compared only within a group.
  const groups = new Map<string, Entry[]>();
  const kept: Entry[] = [];
  collected.forEach(({ warning, ruleIndex }, order) => {
    const key = `${warning.ruleId}\u0000${warning.recipient ?? ''}\u0000${warning.title}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    const existing = group.find((entry) => entry.warning.detail === warning.detail);
    if (!existing) {
      const entry = { warning, ruleIndex, order };
      group.push(entry);
      kept.push(entry);
    } else if (severityRank(warning.severity) > severityRank(existing.warning.severity)) {
      existing.warning = warning;
    }
  });
  return kept
    .sort(
      (a, b) =>
        severityRank(b.warning.severity) - severityRank(a.warning.severity) ||
        a.ruleIndex - b.ruleIndex ||
        a.order - b.order,
    )
    .map((entry) => entry.warning);
}
