import { blocksSalesEmail, type DoNotContactFlag, type DoNotContactKind } from '../../model/contact-policy';
import type { OutreachChannel } from '../../model/outreach';
import { recipientSentAtMs, type RecipientActivity } from './campaigns';
import type { Clock } from './clock';
import type { PlannedEmail } from './generated-marketing';
import type { Rng } from './prng';

const SOURCES: Record<DoNotContactKind, readonly string[]> = {
  legal_hold: ['Legal', 'Legal: litigation hold'],
  email_opt_out: [
    'HubSpot: hs_email_optout',
    'Unsubscribe from all email (preference center)',
    'Rep: asked by reply to stop emailing',
  ],
  bounced: ['Hard bounce (mailbox does not exist)', 'HubSpot: hs_email_hard_bounce_reason'],
  do_not_call: ['Salesforce: DoNotCall', 'Rep: asked on a call not to be called again'],
  marketing_unsubscribed: ['Unsubscribe link (marketing emails)', 'HubSpot: unsubscribed from Marketing Information'],
};

const NOTES: Record<DoNotContactKind, readonly (string | undefined)[]> = {
  legal_hold: [
    'Contract dispute: all contact goes through our legal team',
    'Former customer in litigation; do not contact',
  ],
  email_opt_out: ['Asked to stop all email', undefined],
  bounced: ['Probably left the company', undefined],
  do_not_call: ['Prefers email; do not call', 'Works night shifts — no calls'],
  marketing_unsubscribed: ['Marketing email only; sales contact allowed', undefined],
};

/** Kinds that are set by what the contact did with a marketing email. */
const EMAIL_DRIVEN: ReadonlySet<DoNotContactKind> = new Set(['email_opt_out', 'marketing_unsubscribed', 'bounced']);

/** Kinds after which no further marketing email is sent. */
const STOPS_MARKETING: ReadonlySet<DoNotContactKind> = new Set([
  'email_opt_out',
  'marketing_unsubscribed',
  'bounced',
  'legal_hold',
]);

/**
 * Adds one do-not-contact flag and makes the marketing history agree with it: an unsubscribe or a bounce
 * sits on the email where it happened, at exactly the flag's `since`, and nothing is mailed afterwards.
 */
export function applyFlag(
  kind: DoNotContactKind,
  clock: Clock,
  rng: Rng,
  plan: readonly PlannedEmail[],
): { flag: DoNotContactFlag; plan: PlannedEmail[] } {
  const channel = kind === 'do_not_call' ? 'phone' : kind === 'legal_hold' ? 'any' : 'email';
  const note = rng.pick(NOTES[kind]);
  let since = clock.daysAgo(rng.int(5, 150) + rng.next());
  let source = rng.pick(SOURCES[kind]);
  let trimmed = [...plan];

  const candidates = trimmed.filter((email) => email.campaign.sentDaysAgo >= 3);
  if (EMAIL_DRIVEN.has(kind) && candidates.length > 0 && rng.chance(0.75)) {
    const cut = rng.pick(candidates);
    const sendDelayMinutes = cut.activity.sendDelayMinutes ?? 0;
    const sentMs = recipientSentAtMs(clock, cut.campaign, sendDelayMinutes);
    let activity: RecipientActivity;
    if (kind === 'bounced') {
      activity = { sendDelayMinutes, bounced: true };
      since = clock.iso(clock.msMinutesAfter(sentMs, 1));
      source = 'Hard bounce (mailbox does not exist)';
    } else {
      // They opened it, maybe clicked, then unsubscribed; clicks after the unsubscribe would contradict it.
      const after = rng.int(10, 600);
      activity = {
        sendDelayMinutes,
        openAfterMinutes: Math.min(cut.activity.openAfterMinutes ?? after - 1, after - 1),
        clicks: (cut.activity.clicks ?? []).filter((click) => click.afterMinutes < after),
        unsubscribeAfterMinutes: after,
      };
      since = clock.iso(clock.msMinutesAfter(sentMs, after));
      source =
        kind === 'email_opt_out'
          ? 'Unsubscribe from all email (preference center)'
          : 'Unsubscribe link (marketing emails)';
    }
    trimmed = trimmed.map((email) => (email === cut ? { campaign: cut.campaign, activity } : email));
  }
  if (STOPS_MARKETING.has(kind)) {
    const sinceMs = Date.parse(since);
    trimmed = trimmed.filter(
      (email) => recipientSentAtMs(clock, email.campaign, email.activity.sendDelayMinutes ?? 0) <= sinceMs,
    );
  }
  const flag: DoNotContactFlag = { kind, channel, source, since };
  if (note !== undefined) flag.note = note;
  return { flag, plan: trimmed };
}

/** Whether a 1:1 touch on `channel` at `atMs` is consistent with the contact's flags (keeps demo data clean). */
export function outreachAllowed(flags: readonly DoNotContactFlag[], channel: OutreachChannel, atMs: number): boolean {
  return flags.every((flag) => {
    if (Date.parse(flag.since) > atMs) return true;
    if (flag.kind === 'legal_hold') return false;
    if (channel === 'email') return !blocksSalesEmail(flag);
    if (channel === 'call' || channel === 'sms') return flag.kind !== 'do_not_call';
    return true;
  });
}
