import type { AuditDecision, AuditRuleId } from '../../lib/audit/row';
import { RULE_LABELS } from '../ui/rule-labels';

export const DECISION_LABELS: Record<AuditDecision, string> = {
  edited: 'Edited',
  cancelled: 'Cancelled',
  sent_anyway: 'Sent anyway',
  none: 'No decision',
};

export function ruleName(rule: AuditRuleId): string {
  return rule === 'unknown' ? 'Rule not recorded' : RULE_LABELS[rule].name;
}

/** One colour per rule, the same in every chart; distinguishable without relying on red/green alone. */
export const RULE_COLORS: Record<AuditRuleId, string> = {
  'do-not-contact': '#b42318',
  'quote-offer-conflict': '#b45309',
  'campaign-offer-conflict': '#7c3aed',
  'duplicate-outreach': '#1d4ed8',
  'deal-owner': '#0e7490',
  'unknown-recipient': '#64748b',
  unknown: '#a3a3a3',
};
