import type { Outreach, OutreachChannel } from '../../model/outreach';
import type { User } from '../../model/user';
import type { Evidence, Severity, Warning } from '../../model/warning';
import { currentUserId, findUser, foundRecipients, isWithinPastDays, type FoundRecipient } from '../facts';
import { severityFor, windowDays } from '../severity';
import { clip, describeUser, formatAgo, formatDay, joinAnd, plural, quote } from '../text';
import type { Rule, RuleContext } from '../types';

const ID = 'duplicate-outreach';
const DEFAULT_SEVERITY: Severity = 'confirm';
const DEFAULT_WINDOW_DAYS = 7;
const RULE = { id: ID, defaultSeverity: DEFAULT_SEVERITY } as const;
const MAX_EVIDENCE = 10;

/**
 * A colleague reached out to this person within the window (default 7 days) on any channel → the main case,
 * naming who (name and role), when, how and about what. A colleague's touch with someone else at the same
 * company (RecipientFacts.companyOutreach) → a notice. Inbound touches are the customer writing to us, not
 * outreach. "Colleague" means any seller-side user other than the signed-in rep; when Preflight cannot tell
 * who the rep is (no currentUser and no user with settings.currentUserEmail), every outbound touch counts as
 * a colleague's — the warning says so — because staying silent would hide real duplicates.
 * Company touches with another recipient of this draft are skipped: that recipient gets their own warning.
 */
export const duplicateOutreachRule: Rule = {
  id: ID,
  defaultSeverity: DEFAULT_SEVERITY,
  evaluate(ctx: RuleContext): Warning[] {
    const days = windowDays(ctx.settings, ID, DEFAULT_WINDOW_DAYS);
    const found = foundRecipients(ctx);
    const recipientContactIds = new Set(found.map((r) => r.brief.contact.id));
    const warnings: Warning[] = [];
    for (const recipient of found) {
      const me = currentUserId(ctx, recipient.brief);
      const byColleague = (touch: Outreach) =>
        touch.direction === 'outbound' &&
        (me === undefined || touch.byUserId !== me) &&
        isWithinPastDays(touch.at, ctx.now, days);
      const contactId = recipient.brief.contact.id;
      const personal = newestFirst(recipient.brief.outreach.filter((t) => t.contactId === contactId && byColleague(t)));
      if (personal.length > 0) warnings.push(personalWarning(ctx, recipient, personal, days, me));
      const company = newestFirst(
        recipient.facts.companyOutreach.filter(
          (t) => t.contactId !== contactId && !recipientContactIds.has(t.contactId) && byColleague(t),
        ),
      );
      if (company.length > 0) warnings.push(companyWarning(ctx, recipient, company, days, me));
    }
    return warnings;
  },
};

function newestFirst(touches: Outreach[]): Outreach[] {
  const unique = [...new Map(touches.map((t) => [t.id, t])).values()];
  return unique.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

const VERBS: Record<OutreachChannel, (whom: string) => string> = {
  email: (whom) => `emailed ${whom}`,
  call: (whom) => `called ${whom}`,
  meeting: (whom) => `met with ${whom}`,
  linkedin: (whom) => `messaged ${whom} on LinkedIn`,
  sms: (whom) => `texted ${whom}`,
};

const CHANNEL_LABELS: Record<OutreachChannel, string> = {
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  linkedin: 'LinkedIn message',
  sms: 'Text message',
};

function touchSentence(ctx: RuleContext, who: string, touch: Outreach, whom: string): string {
  const subject = touch.subject?.trim() ? `: ${quote(touch.subject.trim())}` : '';
  return `${who} ${VERBS[touch.channel](whom)} ${formatAgo(touch.at, ctx.now)} (${formatDay(touch.at)})${subject}.`;
}

function moreSentence(ctx: RuleContext, recipient: FoundRecipient, rest: Outreach[], days: number): string {
  if (rest.length === 0) return '';
  const names = [...new Set(rest.map((t) => colleagueName(findUser(ctx, recipient.brief, t.byUserId))))];
  return ` ${plural(rest.length, 'more touch', 'more touches')} by ${joinAnd(names)} in the last ${plural(days, 'day', 'days')}.`;
}

function unknownMeNote(me: string | undefined): string {
  return me === undefined
    ? ' Preflight does not know your CRM user, so every touch by a seller-side user counts as a colleague’s.'
    : '';
}

function personalWarning(
  ctx: RuleContext,
  recipient: FoundRecipient,
  touches: Outreach[],
  days: number,
  me: string | undefined,
): Warning {
  const latest = touches[0]!;
  const colleague = findUser(ctx, recipient.brief, latest.byUserId);
  const who = colleague ? describeUser(colleague) : 'A colleague';
  return {
    ruleId: ID,
    severity: severityFor(ctx, RULE),
    recipient: recipient.address,
    title: clip(
      `${colleagueName(colleague)} ${VERBS[latest.channel](recipient.name)} ${formatAgo(latest.at, ctx.now)}`,
      300,
    ),
    detail: clip(
      touchSentence(ctx, who, latest, recipient.name) +
        moreSentence(ctx, recipient, touches.slice(1), days) +
        unknownMeNote(me),
      2000,
    ),
    fix: clip(
      `Check with ${colleague?.name ?? 'your colleague'} before sending, so ${recipient.name} is not contacted twice.`,
      500,
    ),
    evidence: touches.slice(0, MAX_EVIDENCE).map((t) => touchEvidence(ctx, recipient, t)),
  };
}

function companyWarning(
  ctx: RuleContext,
  recipient: FoundRecipient,
  touches: Outreach[],
  days: number,
  me: string | undefined,
): Warning {
  const latest = touches[0]!;
  const colleague = findUser(ctx, recipient.brief, latest.byUserId);
  const who = colleague ? describeUser(colleague) : 'A colleague';
  const company = recipient.brief.contact.company?.name ?? `${recipient.name}'s company`;
  return {
    ruleId: ID,
    severity: severityFor(ctx, RULE, 'notice'),
    recipient: recipient.address,
    title: clip(
      `${colleagueName(colleague)} contacted someone else at ${company} ${formatAgo(latest.at, ctx.now)}`,
      300,
    ),
    detail: clip(
      touchSentence(ctx, who, latest, `another contact at ${company}`) +
        moreSentence(ctx, recipient, touches.slice(1), days) +
        unknownMeNote(me),
      2000,
    ),
    fix: clip(`Coordinate with ${colleague?.name ?? 'your colleague'} so ${company} hears one story.`, 500),
    evidence: touches.slice(0, MAX_EVIDENCE).map((t) => touchEvidence(ctx, recipient, t)),
  };
}

function colleagueName(user: User | undefined): string {
  return user?.name ?? 'A colleague';
}

function touchEvidence(ctx: RuleContext, recipient: FoundRecipient, touch: Outreach): Evidence {
  const user = findUser(ctx, recipient.brief, touch.byUserId);
  const subject = touch.subject?.trim() ? `: ${quote(touch.subject.trim())}` : '';
  return {
    kind: 'outreach',
    refId: touch.id,
    label: clip(`${CHANNEL_LABELS[touch.channel]} by ${user ? describeUser(user) : 'a colleague'}${subject}`, 500),
    at: touch.at,
  };
}
