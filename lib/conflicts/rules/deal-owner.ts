import type { Deal } from '../../model/deal';
import type { Severity, Warning } from '../../model/warning';
import { currentUserId, findUser, foundRecipients } from '../facts';
import { severityFor } from '../severity';
import { clip, describeUser, formatDay, formatMoney, quote } from '../text';
import type { Rule, RuleContext } from '../types';

const ID = 'deal-owner';
const DEFAULT_SEVERITY: Severity = 'notice';
const RULE = { id: ID, defaultSeverity: DEFAULT_SEVERITY } as const;

/**
 * The recipient is on an open deal (their own, or their company's as the brief lists it) owned by someone
 * other than the signed-in rep: say who owns it and at which stage. Deals without an owner are nobody's to
 * coordinate with. As in duplicate-outreach, an unknown signed-in rep makes every owner "someone else".
 */
export const dealOwnerRule: Rule = {
  id: ID,
  defaultSeverity: DEFAULT_SEVERITY,
  evaluate(ctx: RuleContext): Warning[] {
    const warnings: Warning[] = [];
    for (const recipient of foundRecipients(ctx)) {
      const me = currentUserId(ctx, recipient.brief);
      const seen = new Set<string>();
      for (const deal of recipient.brief.deals) {
        if (deal.isClosed || !deal.ownerId || deal.ownerId === me || seen.has(deal.id)) continue;
        seen.add(deal.id);
        const owner = findUser(ctx, recipient.brief, deal.ownerId);
        const ownerName = owner?.name ?? 'another user';
        const onDeal = deal.contactIds.includes(recipient.brief.contact.id)
          ? `${recipient.name} is on the open deal`
          : `${recipient.brief.contact.company?.name ?? `${recipient.name}'s company`} has the open deal`;
        warnings.push({
          ruleId: ID,
          severity: severityFor(ctx, RULE),
          recipient: recipient.address,
          title: clip(`Deal owned by ${ownerName} (${deal.stage})`, 300),
          detail: clip(
            `${onDeal} ${quote(deal.name)} at stage ${deal.stage}${dealFigures(deal)}, owned by ` +
              `${owner ? describeUser(owner) : 'another user'}.` +
              (me === undefined
                ? ' Preflight does not know your CRM user, so it cannot tell whether this is you.'
                : ''),
            2000,
          ),
          fix: clip(`Coordinate with ${owner?.name ?? 'the deal owner'} before sending.`, 500),
          evidence: [
            {
              kind: 'deal',
              refId: deal.id,
              label: clip(
                [deal.name, deal.stage, `owner: ${owner ? describeUser(owner) : deal.ownerId}`].join(' · ') +
                  dealFigures(deal).replace(/^,/, ' ·'),
                500,
              ),
              ...(deal.closeDate ? { at: deal.closeDate } : {}),
            },
          ],
        });
      }
    }
    return warnings;
  },
};

/** ", $19,440, closing Dec 23, 2026" (whatever the deal has). */
function dealFigures(deal: Deal): string {
  const parts: string[] = [];
  if (deal.amount !== undefined && deal.currency) parts.push(formatMoney(deal.amount, deal.currency));
  if (deal.closeDate) parts.push(`closing ${formatDay(deal.closeDate)}`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}
