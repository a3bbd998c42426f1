import type { BriefSectionName } from '../../model/brief';
import type { Severity, Warning } from '../../model/warning';
import { warningAddress } from '../facts';
import { severityFor } from '../severity';
import { formatAgo, joinAnd } from '../text';
import type { Rule, RuleContext } from '../types';

const ID = 'unknown-recipient';
const DEFAULT_SEVERITY: Severity = 'notice';
const RULE = { id: ID, defaultSeverity: DEFAULT_SEVERITY } as const;

/** Sections the other rules read, and what a rep loses when one is missing. */
const CHECKED_SECTIONS: Partial<Record<BriefSectionName, string>> = {
  policy: 'do-not-contact flags',
  quotes: 'quotes',
  marketing: 'campaign emails',
  deals: 'deals',
  outreach: "colleagues' outreach",
};

/**
 * Unknown is never "safe" (ARCHITECTURE §7): say when Preflight could not check someone.
 * - not in the CRM → a notice (the main case);
 * - the lookup failed → at least 'confirm' (a floor: emitted above the default, so settings can raise it but
 *   not lower it), because no other rule could look at this person;
 * - found, but a section the rules read is partial → a notice naming what is missing.
 */
export const unknownRecipientRule: Rule = {
  id: ID,
  defaultSeverity: DEFAULT_SEVERITY,
  evaluate(ctx: RuleContext): Warning[] {
    const warnings: Warning[] = [];
    for (const facts of ctx.recipients) {
      const lookup = facts.lookup;
      const address = warningAddress(facts);
      if (lookup.status === 'not_in_crm') {
        warnings.push({
          ruleId: ID,
          severity: severityFor(ctx, RULE),
          recipient: address,
          title: 'Not in CRM — Preflight could not check this person',
          detail:
            `${facts.recipient} is not in the CRM, so Preflight could not check do-not-contact flags, quotes, ` +
            `campaigns or colleagues' outreach for them.`,
          fix: 'Check the address; if this is a prospect, add them to the CRM.',
          evidence: [
            {
              kind: 'lookup',
              label: `Not found in the CRM (checked ${formatAgo(lookup.checkedAt, ctx.now)})`,
              at: lookup.checkedAt,
            },
          ],
        });
      } else if (lookup.status === 'error') {
        warnings.push({
          ruleId: ID,
          severity: severityFor(ctx, RULE, 'confirm'),
          recipient: address,
          title: `Could not load ${facts.recipient} — nothing was checked`,
          detail:
            `Preflight could not load the CRM record for ${facts.recipient} (${lookup.message.trim() || 'unknown error'}), ` +
            `so none of the checks ran for this recipient.`,
          fix: 'Check this person in the CRM yourself before sending, or try again in a moment.',
          evidence: [{ kind: 'lookup', label: `Lookup failed: ${lookup.message}` }],
        });
      } else if (lookup.status === 'found') {
        const missing = Object.entries(CHECKED_SECTIONS).flatMap(([section, words]) => {
          const freshness = lookup.brief.freshness[section as BriefSectionName];
          return freshness?.partial ? [{ section, words, freshness }] : [];
        });
        if (missing.length === 0) continue;
        const name = lookup.brief.contact.name;
        const reasons = missing.map((m) => m.freshness.partialReason?.trim()).filter((r): r is string => !!r);
        warnings.push({
          ruleId: ID,
          severity: severityFor(ctx, RULE),
          recipient: address,
          title: `Some CRM data for ${name} is missing`,
          detail:
            `Preflight could not load all of ${name}'s ${joinAnd(missing.map((m) => m.words))}, ` +
            `so those checks may have missed something.${reasons.length > 0 ? ` ${reasons.join(' ')}` : ''}`,
          fix: `Check ${joinAnd(missing.map((m) => m.words))} in the CRM before sending.`,
          evidence: missing.map((m) => ({
            kind: 'lookup' as const,
            refId: lookup.brief.contact.id,
            label: `Partial ${m.section} (as of ${formatAgo(m.freshness.fetchedAt, ctx.now)})${
              m.freshness.partialReason ? `: ${m.freshness.partialReason}` : ''
            }`,
            at: m.freshness.fetchedAt,
          })),
        });
      }
    }
    return warnings;
  },
};
