import type { DoNotContactFlag } from '../../model/contact-policy';
import type { FormSubmission } from '../../model/form-submission';
import type { Outreach, OutreachChannel } from '../../model/outreach';
import { OPEN_QUOTE_STATUSES, type Quote } from '../../model/quote';
import type { Clock } from './clock';
import type { GeneratedPerson } from './generated-contacts';
import { outreachAllowed } from './generated-policy';
import { demoId } from './ids';
import { OUTREACH_USER_IDS, RILEY_ID } from './people';
import type { Rng } from './prng';

const CHANNELS: readonly (readonly [OutreachChannel, number])[] = [
  ['email', 60],
  ['call', 20],
  ['linkedin', 12],
  ['meeting', 6],
  ['sms', 2],
];

const EMAIL_SUBJECTS = [
  'Following up on your enquiry',
  'Fleet Platform pricing for {company}',
  'Quick question about your {vehicles}',
  'Case study: how a similar fleet cut idling by 18%',
  'Next steps after our call',
  'Telematics add-on for {company}',
  'Checking in before the end of the quarter',
  'Driver safety module — short overview',
  'Agenda for our demo',
] as const;

const SUBJECTS: Record<Exclude<OutreachChannel, 'email'>, readonly string[]> = {
  call: ['Discovery call', 'Follow-up call', 'Left a voicemail', 'Pricing call'],
  meeting: ['Fleet Platform demo', 'Pilot kick-off', 'Requirements workshop'],
  linkedin: ['Connection request', 'LinkedIn message: fuel-cost webinar recording'],
  sms: ['Reminder: demo tomorrow'],
};

interface Touch {
  channel: OutreachChannel;
  daysAgo: number;
  byUserId: string;
  subject?: string;
}

function subjectFor(channel: OutreachChannel, person: GeneratedPerson, rng: Rng): string {
  if (channel !== 'email') return rng.pick(SUBJECTS[channel]);
  return rng
    .pick(EMAIL_SUBJECTS)
    .replace('{company}', person.company.name)
    .replace('{vehicles}', person.company.vehicles);
}

function otherRep(except: string, rng: Rng): string {
  return rng.pick(OUTREACH_USER_IDS.filter((id) => id !== except));
}

/**
 * 1:1 touches for one contact. Most are the owner's, in the last 30 days; about one contact in seven was
 * approached by two or three different reps within the same week, which is what the duplicate-outreach
 * check and the audit view need to have something to show.
 */
export function generateOutreach(
  person: GeneratedPerson,
  clock: Clock,
  rng: Rng,
  context: { forms: readonly FormSubmission[]; quotes: readonly Quote[]; flags: readonly DoNotContactFlag[] },
): Outreach[] {
  const owner = person.contact.ownerId ?? RILEY_ID;
  const touches: Touch[] = [];

  // The SDR answers fresh inbound forms within a day.
  for (const form of context.forms) {
    const formAgeDays = clock.ageMs(form.submittedAt) / 86_400_000;
    if (formAgeDays < 45 && rng.chance(0.5)) {
      touches.push({
        channel: 'email',
        daysAgo: Math.max(0.05, formAgeDays - 0.1 - rng.next() * 0.8),
        byUserId: RILEY_ID,
        subject: `Your "${form.formName}" request`,
      });
    }
  }
  if (rng.chance(0.55)) {
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i++) {
      touches.push({ channel: rng.weighted(CHANNELS), daysAgo: rng.int(0, 29) + rng.next(), byUserId: owner });
    }
  }
  if (rng.chance(0.15)) {
    // Several reps within one week.
    const windowEnd = rng.int(0, 8) + rng.next();
    const reps = [owner, otherRep(owner, rng)];
    if (rng.chance(0.4)) reps.push(rng.pick(OUTREACH_USER_IDS.filter((id) => !reps.includes(id))));
    for (const byUserId of reps) {
      touches.push({
        channel: rng.chance(0.75) ? 'email' : rng.weighted(CHANNELS),
        daysAgo: windowEnd + rng.next() * 6,
        byUserId,
      });
    }
  }
  if (rng.chance(0.3)) {
    touches.push({ channel: rng.weighted(CHANNELS), daysAgo: rng.int(31, 120) + rng.next(), byUserId: owner });
  }
  for (const quote of context.quotes) {
    if (OPEN_QUOTE_STATUSES.includes(quote.status) && quote.status !== 'draft' && rng.chance(0.7)) {
      touches.push({
        channel: 'email',
        daysAgo: rng.int(1, 20) + rng.next(),
        byUserId: quote.ownerId ?? owner,
        subject: `Quote ${quote.number}`,
      });
    }
  }

  touches.sort((a, b) => b.daysAgo - a.daysAgo);
  const timed: { ms: number; record: Outreach }[] = [];
  const push = (ms: number, fields: Omit<Outreach, 'id' | 'contactId' | 'at'>): void => {
    const id = demoId('outreach', `${person.key}:${timed.length + 1}`);
    timed.push({ ms, record: { id, contactId: person.contact.id, at: clock.iso(ms), ...fields } });
  };
  for (const touch of touches) {
    const atMs = clock.msDaysAgo(touch.daysAgo);
    if (!outreachAllowed(context.flags, touch.channel, atMs)) continue;
    const subject = touch.subject ?? subjectFor(touch.channel, person, rng);
    push(atMs, { channel: touch.channel, direction: 'outbound', byUserId: touch.byUserId, subject });
    // A quarter of emails get a reply, a few hours to three days later (never in the future).
    const replyDaysAgo = touch.daysAgo - (0.1 + rng.next() * 3);
    if (touch.channel === 'email' && replyDaysAgo > 0.02 && rng.chance(0.25)) {
      push(clock.msDaysAgo(replyDaysAgo), {
        channel: 'email',
        direction: 'inbound',
        byUserId: touch.byUserId,
        subject: `Re: ${subject}`,
      });
    }
  }
  return timed.sort((a, b) => a.ms - b.ms).map(({ record }) => record);
}
