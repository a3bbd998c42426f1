import type { AuditEntry } from '../../model/audit';
import { blocksSalesEmail } from '../../model/contact-policy';
import type { Contact } from '../../model/contact';
import { OPEN_QUOTE_STATUSES } from '../../model/quote';
import type { User } from '../../model/user';
import type { DecisionAction, Evidence, RuleId, Warning } from '../../model/warning';
import type { WorkspaceSnapshot } from '../../model/workspace';
import { createClock, DAY_IN_MS, type Clock } from './clock';
import { ALEX_ID, CASEY_ID, JAMIE_ID, NOAH_ID, RILEY_ID, TAYLOR_ID } from './people';
import { createRng, hashSeed, type Rng } from './prng';
import { REASONS } from './team-month-reasons';

type Decided = Extract<AuditEntry, { type: 'decision' }>;
type Shown = Extract<AuditEntry, { type: 'warnings_shown' }>;
type CampaignCheck = Extract<AuditEntry, { type: 'campaign_check' }>;

/** A month of the sales team's guard decisions, as other reps' browsers would have recorded them. */
export interface DemoTeamMonth {
  decisions: Decided[];
  /** Warnings shown and never answered (the rep closed the tab). */
  unanswered: Shown[];
  campaignChecks: CampaignCheck[];
}

const SEED = 0x7ea3_2026;
const FP = 'dec0de'.repeat(4);
const DAYS = 30;

/** Who sends, how often, and how readily they override: a manager should see Noah and Riley stand out. */
const REPS: readonly { id: string; weight: number; overrides: number }[] = [
  { id: ALEX_ID, weight: 5, overrides: 1 },
  { id: RILEY_ID, weight: 6, overrides: 1.8 },
  { id: TAYLOR_ID, weight: 4, overrides: 0.5 },
  { id: CASEY_ID, weight: 4, overrides: 0.9 },
  { id: NOAH_ID, weight: 4, overrides: 2.4 },
  { id: JAMIE_ID, weight: 1, overrides: 0.4 },
];

/** How reps usually answer each rule (edited, cancelled, sent anyway, no answer), before a rep's own tendency. */
const ANSWERS: Record<RuleId, readonly [number, number, number, number]> = {
  'do-not-contact': [30, 45, 12, 8],
  'quote-offer-conflict': [50, 12, 26, 8],
  'campaign-offer-conflict': [45, 10, 35, 8],
  'duplicate-outreach': [30, 22, 40, 8],
  'deal-owner': [20, 12, 58, 8],
  'unknown-recipient': [12, 5, 75, 8],
};

interface Pools {
  users: Map<string, User>;
  customers: Contact[];
  dnc: { contact: Contact; kind: string; since: string }[];
  quotes: { contact: Contact; number: string; discount: number; id: string }[];
  deals: { contact: Contact; name: string; stage: string; ownerId: string; id: string }[];
}

function pools(snapshot: WorkspaceSnapshot): Pools {
  const byId = new Map(snapshot.contacts.map((c) => [c.id, c]));
  const customers = snapshot.contacts.filter((c) => c.emails.length > 0 && c.company);
  const dnc = snapshot.policies.flatMap((p) => {
    const contact = byId.get(p.contactId);
    const flag = p.flags.find(blocksSalesEmail);
    return contact?.emails[0] && flag ? [{ contact, kind: flag.kind, since: flag.since }] : [];
  });
  const quotes = snapshot.quotes.flatMap((q) => {
    const contact = q.contactIds.map((id) => byId.get(id)).find((c) => c?.emails[0]);
    return contact && OPEN_QUOTE_STATUSES.includes(q.status)
      ? [{ contact, number: q.number, discount: q.discountPercent, id: q.id }]
      : [];
  });
  const deals = snapshot.deals.flatMap((d) => {
    const contact = d.contactIds.map((id) => byId.get(id)).find((c) => c?.emails[0]);
    return contact && d.ownerId && !d.isClosed
      ? [{ contact, name: d.name, stage: d.stage, ownerId: d.ownerId, id: d.id }]
      : [];
  });
  return { users: new Map(snapshot.users.map((u) => [u.id, u])), customers, dnc, quotes, deals };
}

/**
 * A working-hours instant `days` before the anchor, on a weekday, never in the future. A time of day still to
 * come (the demo opened before that hour) moves to the working day before, rather than being clamped to "now":
 * clamping piled a dozen decisions onto the same second when the demo was opened early in the (UTC) morning.
 */
function workTime(clock: Clock, rng: Rng, days: number): number {
  const timeOfDay = (8 + rng.int(0, 9)) * 3_600_000 + rng.int(0, 59) * 60_000;
  const latest = clock.anchorMs - 5 * 60_000;
  for (let back = Math.floor(days); ; back += 1) {
    const ms = clock.msDaysAgo(back);
    const weekday = new Date(ms).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const at = ms - (ms % DAY_IN_MS) + timeOfDay;
    if (at <= latest) return at;
  }
}

function ago(fromMs: number, atMs: number): string {
  const days = Math.round((fromMs - atMs) / DAY_IN_MS);
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

export function generateTeamMonth(anchor: Date, snapshot: WorkspaceSnapshot): DemoTeamMonth {
  const clock = createClock(anchor);
  const rng = createRng(hashSeed(SEED, 'team-month'));
  const p = pools(snapshot);
  const userName = (id: string) => p.users.get(id)?.name ?? 'A colleague';
  const userEmail = (id: string) => p.users.get(id)?.email ?? 'alex.morgan@example.com';
  const out: DemoTeamMonth = { decisions: [], unanswered: [], campaignChecks: campaignChecks(clock) };
  let n = 0;

  const warn = (ruleId: RuleId, contact: Contact, title: string, detail: string, evidence: Evidence[]): Warning => ({
    ruleId,
    severity:
      ruleId === 'do-not-contact'
        ? 'block'
        : ruleId === 'deal-owner' || ruleId === 'unknown-recipient'
          ? 'notice'
          : 'confirm',
    recipient: contact.emails[0]!,
    title: title.slice(0, 300),
    detail: detail.slice(0, 2000),
    fix: 'See the evidence before sending.',
    evidence,
  });

  /** Records one attempt; returns whether the message went out (a touch). */
  const attempt = (repId: string, atMs: number, warnings: Warning[], force?: DecisionAction): boolean => {
    n += 1;
    const rep = REPS.find((r) => r.id === repId)!;
    const [edited, cancelled, sent, none] = ANSWERS[warnings[0]!.ruleId];
    const answer =
      force ??
      rng.weighted<DecisionAction | 'none'>([
        ['edited', edited],
        ['cancelled', cancelled],
        ['sent_anyway', sent * rep.overrides],
        ['none', none],
      ]);
    const base = {
      id: `demo:audit:${n}`,
      attemptId: `demo-team-${String(n).padStart(4, '0')}`,
      at: clock.iso(atMs),
      userEmail: userEmail(repId),
      site: rng.chance(0.8) ? ('gmail' as const) : ('linkedin' as const),
      recipients: [...new Set(warnings.map((w) => w.recipient!))],
      warnings,
      draftFingerprint: FP,
    };
    if (answer === 'none') {
      out.unanswered.push({ ...base, type: 'warnings_shown' });
      return false;
    }
    const reason = answer === 'sent_anyway' ? rng.pick(REASONS[warnings[0]!.ruleId]) : undefined;
    out.decisions.push({
      ...base,
      type: 'decision',
      at: clock.iso(Math.min(atMs + rng.int(1, 8) * 60_000, clock.anchorMs - 60_000)),
      action: answer,
      ...(reason ? { reason } : {}),
    });
    return answer === 'sent_anyway';
  };

  const repFor = () => rng.weighted(REPS.map((r) => [r.id, r.weight] as const));
  const builders: Record<RuleId, (repId: string) => Warning | undefined> = {
    'do-not-contact': () => {
      const d = rng.pick(p.dnc);
      const words =
        d.kind === 'legal_hold'
          ? 'Legal hold: do not contact'
          : d.kind === 'bounced'
            ? 'Email bounced for'
            : 'Opted out of email:';
      return warn(
        'do-not-contact',
        d.contact,
        `${words} ${d.contact.name}`,
        `${d.contact.name} is flagged (${d.kind.replace('_', ' ')}) since ${d.since.slice(0, 10)}.`,
        [
          {
            kind: 'policy',
            refId: d.contact.id,
            label: `${d.kind.replace('_', ' ')} since ${d.since.slice(0, 10)}`,
            at: d.since,
          },
        ],
      );
    },
    'quote-offer-conflict': () => {
      const q = rng.pick(p.quotes);
      const offered = q.discount + rng.pick([5, 10, 15]);
      return warn(
        'quote-offer-conflict',
        q.contact,
        `Offer differs from open quote ${q.number} (${q.discount}% off)`,
        `The draft offers ${offered}% off; open quote ${q.number} gives ${q.contact.name} ${q.discount}%.`,
        [{ kind: 'quote', refId: q.id, label: `${q.number} · ${q.discount}% off` }],
      );
    },
    'campaign-offer-conflict': () => {
      const c = rng.pick(p.customers);
      return warn(
        'campaign-offer-conflict',
        c,
        'Differs from campaign offer "25% off the annual plan"',
        `${c.name} received the Autumn annual-plan promotion with a different price.`,
        [{ kind: 'marketing_email', label: 'Autumn annual-plan promotion · 25% off' }],
      );
    },
    'duplicate-outreach': (repId) => {
      const c = rng.pick(p.customers);
      const other = rng.pick(REPS.filter((r) => r.id !== repId)).id;
      return warn(
        'duplicate-outreach',
        c,
        `${userName(other)} emailed ${c.name} ${rng.int(2, 6)} days ago`,
        `${userName(other)} is already in touch with ${c.name}.`,
        [{ kind: 'outreach', label: `Email by ${userName(other)}` }],
      );
    },
    'deal-owner': (repId) => {
      const d = rng.pick(p.deals.filter((x) => x.ownerId !== repId));
      return (
        d &&
        warn(
          'deal-owner',
          d.contact,
          `Deal owned by ${userName(d.ownerId)} (${d.stage})`,
          `${d.name} is owned by ${userName(d.ownerId)}.`,
          [{ kind: 'deal', refId: d.id, label: `${d.name} · ${d.stage}` }],
        )
      );
    },
    'unknown-recipient': () => {
      const stranger: Contact = { ...rng.pick(p.customers) };
      stranger.emails = [
        `${rng.pick(['ops', 'fleet', 'procurement', 'j.smith', 'anna.k'])}@${rng.pick(['newco', 'trade-fair-lead', 'referral'])}-${rng.int(1, 40)}.example`,
      ];
      stranger.name = stranger.emails[0]!;
      return warn(
        'unknown-recipient',
        stranger,
        'Not in CRM — Preflight could not check this person',
        'No contact with this address in the CRM.',
        [{ kind: 'lookup', label: 'Not found in the CRM' }],
      );
    },
  };
  const ruleWeights: readonly (readonly [RuleId, number])[] = [
    ['do-not-contact', 16],
    ['quote-offer-conflict', 20],
    ['campaign-offer-conflict', 14],
    ['duplicate-outreach', 14],
    ['deal-owner', 20],
    ['unknown-recipient', 16],
  ];

  // Everyday attempts, some with a second warning.
  for (let i = 0; i < 230; i++) {
    const repId = repFor();
    const first = builders[rng.weighted(ruleWeights)](repId);
    if (!first) continue;
    const warnings = [first];
    if (rng.chance(0.15)) {
      const second = builders['deal-owner'](repId);
      if (second && second.recipient !== first.recipient) warnings.push(second);
    }
    attempt(repId, workTime(clock, rng, rng.next() * DAYS), warnings);
  }

  // Duplicate outreach: a colleague reaches the same contact (or another at the same company) days after a send.
  const withCompany = p.customers.filter((c) => c.company?.domain);
  for (let i = 0; i < 18; i++) {
    const first = rng.pick(withCompany);
    const sameCompany = i % 3 === 2;
    const second = sameCompany
      ? (withCompany.find((c) => c.company?.domain === first.company?.domain && c.id !== first.id) ?? first)
      : first;
    const [repA, repB] = rng
      .sample(
        REPS.filter((r) => r.id !== JAMIE_ID),
        2,
      )
      .map((r) => r.id) as [string, string];
    const startMs = workTime(clock, rng, 3 + rng.next() * (DAYS - 4));
    attempt(
      repA,
      startMs,
      [builders['campaign-offer-conflict'](repA)!].map((w) => ({ ...w, recipient: first.emails[0]! })),
      'sent_anyway',
    );
    const laterMs = Math.min(startMs + rng.int(1, 5) * DAY_IN_MS, clock.anchorMs - 60 * 60_000);
    const title = sameCompany
      ? `${userName(repA)} contacted someone else at ${first.company!.name} ${ago(laterMs, startMs)}`
      : `${userName(repA)} emailed ${first.name} ${ago(laterMs, startMs)}`;
    const w = warn('duplicate-outreach', second, title, `${userName(repA)} wrote ${ago(laterMs, startMs)}.`, [
      { kind: 'outreach', label: `Email by ${userName(repA)}`, at: clock.iso(startMs) },
    ]);
    attempt(repB, laterMs, [sameCompany ? { ...w, severity: 'notice' } : w]);
  }
  const byTime = (a: { at: string }, b: { at: string }) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
  out.decisions.sort(byTime);
  out.unanswered.sort(byTime);
  return out;
}

/** Morgan Blake, the marketer, checked three campaigns this month; two walked into open quotes and deals. */
function campaignChecks(clock: Clock): CampaignCheck[] {
  const check = (
    key: string,
    daysAgo: number,
    campaign: string,
    offer: string | undefined,
    total: number,
    byReason: Record<string, number>,
    held: number,
  ): CampaignCheck => ({
    type: 'campaign_check',
    id: `demo:campaign-check:${key}`,
    at: clock.daysAgo(daysAgo),
    userEmail: 'morgan.blake@example.com',
    campaign,
    ...(offer ? { offer } : {}),
    total,
    held,
    byReason,
    notices: [
      {
        ownerId: NOAH_ID,
        name: 'Noah Fischer',
        email: 'noah.fischer@example.com',
        count: Math.ceil(held / 5),
        text: `${Math.ceil(held / 5)} of your contacts were held back from “${campaign}”.`,
      },
      {
        ownerId: RILEY_ID,
        name: 'Riley Chen',
        email: 'riley.chen@example.com',
        count: Math.ceil(held / 8),
        text: `${Math.ceil(held / 8)} of your contacts were held back from “${campaign}”.`,
      },
    ],
  });
  return [
    check(
      'autumn',
      24,
      'Autumn annual-plan promotion',
      '25% off the annual plan',
      4820,
      {
        'do-not-contact': 181,
        'open-quote': 41,
        'quote-offer-conflict': 17,
        'active-deal': 58,
        'duplicate-outreach': 16,
      },
      296,
    ),
    check(
      'telematics',
      12,
      'Telematics add-on: existing-customer offer',
      '3 months free',
      1290,
      { 'do-not-contact': 40, 'campaign-offer-conflict': 22, 'open-quote': 12, 'active-deal': 21 },
      88,
    ),
    check(
      'newsletter',
      4,
      'Fleet Insights newsletter — issue 14',
      undefined,
      6100,
      { 'do-not-contact': 205, 'active-deal': 5 },
      208,
    ),
  ];
}
