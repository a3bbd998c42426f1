import { blocksSalesEmail, sortFlagsBySeverity, type DoNotContactFlag, FLAG_WORDS } from '../../model/contact-policy';
import type { Evidence, Severity, Warning } from '../../model/warning';
import { foundRecipients, isLinkedInDraft, type FoundRecipient } from '../facts';
import { severityFor } from '../severity';
import { formatDay, joinAnd, quote } from '../text';
import type { Rule, RuleContext } from '../types';

const ID = 'do-not-contact';
const DEFAULT_SEVERITY: Severity = 'block';
const RULE = { id: ID, defaultSeverity: DEFAULT_SEVERITY } as const;

/**
 * Do-not-contact flags against the draft's channel.
 * - Email drafts: a flag that forbids a 1:1 sales email (blocksSalesEmail: opt-out, legal hold, bounce on
 *   email/any) is the main case. A marketing-only unsubscribe does not forbid a personal email: a notice.
 * - LinkedIn drafts: a legal hold (on any channel or LinkedIn) and any LinkedIn-channel flag are the main case;
 *   an email-only opt-out, bounce or hold is a notice (the person asked for no email, which LinkedIn is not).
 * Flags for other channels (do not call) say nothing about a written message and are ignored.
 */
export const doNotContactRule: Rule = {
  id: ID,
  defaultSeverity: DEFAULT_SEVERITY,
  evaluate(ctx: RuleContext): Warning[] {
    const linkedin = isLinkedInDraft(ctx);
    const warnings: Warning[] = [];
    for (const recipient of foundRecipients(ctx)) {
      const flags = sortFlagsBySeverity(recipient.brief.policy.flags);
      if (flags.length === 0) continue;
      const warning = linkedin ? forLinkedIn(ctx, recipient, flags) : forEmail(ctx, recipient, flags);
      if (warning) warnings.push(warning);
    }
    return warnings;
  },
};

function forEmail(ctx: RuleContext, recipient: FoundRecipient, flags: DoNotContactFlag[]): Warning | undefined {
  const blocking = flags.filter(blocksSalesEmail);
  if (blocking.length > 0) return blockingWarning(ctx, recipient, blocking, 'email');
  const marketing = flags.find(
    (f) => f.kind === 'marketing_unsubscribed' && (f.channel === 'email' || f.channel === 'any'),
  );
  if (!marketing) return undefined;
  return {
    ruleId: ID,
    severity: severityFor(ctx, RULE, 'notice'),
    recipient: recipient.address,
    title: `${recipient.name} unsubscribed from marketing only`,
    detail:
      `${recipient.name} unsubscribed from marketing only — a personal email is allowed. ` +
      `Unsubscribed on ${formatDay(marketing.since)} (${marketing.source})${noteSuffix(marketing)}.`,
    fix: `Keep it a personal 1:1 email; do not add ${recipient.name} to sequences or bulk sends.`,
    evidence: [flagEvidence(recipient, marketing)],
  };
}

function forLinkedIn(ctx: RuleContext, recipient: FoundRecipient, flags: DoNotContactFlag[]): Warning | undefined {
  const blocking = flags.filter(
    (f) =>
      (f.kind === 'legal_hold' && (f.channel === 'any' || f.channel === 'linkedin')) ||
      (f.channel === 'linkedin' && f.kind !== 'marketing_unsubscribed'),
  );
  if (blocking.length > 0) return blockingWarning(ctx, recipient, blocking, 'linkedin');
  const emailOnly = flags.filter((f) => f.channel === 'email' && f.kind !== 'marketing_unsubscribed');
  const first = emailOnly[0];
  if (!first) return undefined;
  return {
    ruleId: ID,
    severity: severityFor(ctx, RULE, 'notice'),
    recipient: recipient.address,
    title: `Email-only flag for ${recipient.name}: ${FLAG_LABELS[first.kind]}`,
    detail: `${sentence(recipient.name, first)} The flag covers email, not LinkedIn messages.`,
    fix: 'Keep the LinkedIn message personal and do not move the conversation to email.',
    evidence: emailOnly.map((f) => flagEvidence(recipient, f)),
  };
}

function blockingWarning(
  ctx: RuleContext,
  recipient: FoundRecipient,
  blocking: DoNotContactFlag[],
  channel: 'email' | 'linkedin',
): Warning {
  const strongest = blocking[0]!;
  const others = blocking.slice(1).map((f) => FLAG_LABELS[f.kind]);
  const also = others.length > 0 ? ` Also flagged: ${joinAnd(others)}.` : '';
  const title =
    strongest.kind === 'legal_hold'
      ? `Legal hold: do not contact ${recipient.name}`
      : channel === 'linkedin'
        ? `Do not message ${recipient.name} on LinkedIn`
        : strongest.kind === 'bounced'
          ? `${recipient.name}'s email address bounced`
          : `${recipient.name} opted out of email`;
  return {
    ruleId: ID,
    severity: severityFor(ctx, RULE),
    recipient: recipient.address,
    title,
    detail: `${sentence(recipient.name, strongest)}${also}`,
    fix:
      channel === 'email'
        ? `Remove ${recipient.address ?? recipient.name} from the recipients, or do not send this email.`
        : `Do not send this message to ${recipient.name}.`,
    evidence: blocking.map((f) => flagEvidence(recipient, f)),
  };
}

const FLAG_LABELS = FLAG_WORDS;

/** One sentence with the facts of a flag: what, since when, where it came from, the note. */
function sentence(name: string, flag: DoNotContactFlag): string {
  const since = formatDay(flag.since);
  const origin = `(${flag.source})${noteSuffix(flag)}`;
  const where = flag.channel === 'linkedin' ? ' for LinkedIn' : flag.channel === 'email' ? ' for email' : '';
  switch (flag.kind) {
    case 'legal_hold':
      return `${name} has been under a legal hold${where} since ${since} ${origin}. Do not contact them.`;
    case 'email_opt_out':
      return flag.channel === 'linkedin'
        ? `${name} asked not to be contacted on LinkedIn on ${since} ${origin}.`
        : `${name} opted out of email on ${since} ${origin}.`;
    case 'bounced':
      return flag.channel === 'linkedin'
        ? `Messages to ${name} on LinkedIn fail since ${since} ${origin}.`
        : `Email to ${name} bounced on ${since} ${origin}; the address does not receive mail.`;
    case 'do_not_call':
      return `${name} asked not to be contacted${where} on ${since} ${origin}.`;
    case 'marketing_unsubscribed':
      return `${name} unsubscribed from marketing on ${since} ${origin}.`;
  }
}

function noteSuffix(flag: DoNotContactFlag): string {
  const note = flag.note?.trim();
  return note ? `: ${quote(note)}` : '';
}

function flagEvidence(recipient: FoundRecipient, flag: DoNotContactFlag): Evidence {
  const label = [FLAG_LABELS[flag.kind], `channel: ${flag.channel}`, flag.source, flag.note?.trim()]
    .filter(Boolean)
    .join(' · ');
  return { kind: 'policy', refId: recipient.brief.policy.contactId, label, at: flag.since };
}
