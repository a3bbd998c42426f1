import type { Settings } from '../model/settings';
import type { RuleId, Severity } from '../model/warning';
import type { Rule, RuleContext } from './types';

/**
 * Severity policy (one function, used by every rule and enforced again by the engine).
 *
 * A rule states how strong each finding is on its own default scale:
 * - the main case is emitted at the rule's `defaultSeverity` → it becomes the configured severity
 *   (settings.rules[id].severity), whether that is lower or higher than the default;
 * - a weaker case (marketing-only unsubscribe, a colleague at the same company, a price in another currency)
 *   is emitted below the default → it keeps its lower severity, capped by the configured one;
 * - a floor (a recipient whose CRM record could not be loaded: at least 'confirm') is emitted above the
 *   default → it is raised to the configured severity if that is stronger, never lowered.
 *
 * The mapping is idempotent, so the engine can re-apply it to what a rule returns without changing a rule
 * that already applied it, and no rule can bypass the settings.
 */
const RANK: Record<Severity, number> = { block: 3, confirm: 2, notice: 1 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

export function strongest(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

export function weakest(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

type RuleShape = Pick<Rule, 'id' | 'defaultSeverity'>;

/** The settings of one rule; settings saved before a rule existed count as "enabled at its default". */
export function ruleSettings(settings: Settings, id: RuleId): Settings['rules'][RuleId] | undefined {
  return (settings.rules as Partial<Settings['rules']>)[id];
}

export function configuredSeverity(settings: Settings, rule: RuleShape): Severity {
  const configured = ruleSettings(settings, rule.id)?.severity;
  return configured && configured in RANK ? configured : rule.defaultSeverity;
}

export function isRuleEnabled(settings: Settings, id: RuleId): boolean {
  return ruleSettings(settings, id)?.enabled !== false;
}

/** The look-back window of a rule, in days: settings first, then the rule's own default. */
export function windowDays(settings: Settings, id: RuleId, fallback: number): number {
  const days = ruleSettings(settings, id)?.windowDays;
  return typeof days === 'number' && Number.isFinite(days) && days > 0 ? days : fallback;
}

/** Maps a severity emitted on the rule's default scale to the final one (see the policy above). */
export function applySeverityPolicy(emitted: Severity, rule: RuleShape, configured: Severity): Severity {
  const delta = RANK[emitted] - RANK[rule.defaultSeverity];
  if (delta === 0) return configured;
  return delta < 0 ? weakest(emitted, configured) : strongest(emitted, configured);
}

/** What a rule calls: the final severity for a finding of strength `emitted` (default: the main case). */
export function severityFor(ctx: RuleContext, rule: RuleShape, emitted: Severity = rule.defaultSeverity): Severity {
  return applySeverityPolicy(emitted, rule, configuredSeverity(ctx.settings, rule));
}
