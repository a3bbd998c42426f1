import type { Deal } from '../../model/deal';
import { OPEN_QUOTE_STATUSES, type Quote, type QuoteLineItem, type QuoteStatus } from '../../model/quote';
import { discountedTotal, listPrice, PRODUCT_NAMES, productId, type ProductKey } from './catalog';
import type { Clock } from './clock';
import type { GeneratedPerson } from './generated-contacts';
import { demoId } from './ids';
import { OWNER_WEIGHTS } from './people';
import type { Rng } from './prng';

/** Numbering shared across all generated contacts, so quote numbers look like one CRM's sequence. */
export interface CommercialSequence {
  nextQuoteNumber: number;
  nextDealNumber: number;
}

/** Generated quotes start after the story's Q-1042 and Q-1057, so a number never repeats. */
export function createCommercialSequence(): CommercialSequence {
  return { nextQuoteNumber: 1060, nextDealNumber: 1 };
}

const QUOTE_REACH = 0.25;
const DEAL_WITH_QUOTE = 0.85;
const DEAL_WITHOUT_QUOTE = 0.1;

const QUOTE_STATUSES: readonly (readonly [QuoteStatus, number])[] = [
  ['sent', 40],
  ['approved', 10],
  ['draft', 8],
  ['pending_approval', 6],
  ['accepted', 14],
  ['expired', 14],
  ['rejected', 8],
];

const DISCOUNTS = [0, 0, 5, 8, 10, 12, 15, 18, 20] as const;

const OPEN_STAGES: readonly (readonly [string, number])[] = [
  ['Discovery', 3],
  ['Demo scheduled', 3],
  ['Proposal', 2],
  ['Negotiation', 2],
];

const DEAL_THEMES = ['Fleet rollout', 'Pilot', 'Telematics add-on', 'Safety module', 'Expansion', 'Renewal'] as const;

function buildLines(person: GeneratedPerson, rng: Rng, discount: number): QuoteLineItem[] {
  const { fleetSize, currency } = person.company;
  // Half of the quotes cover a pilot, not the whole fleet.
  const vehicles = rng.chance(0.5) ? fleetSize : Math.max(5, Math.round(fleetSize * (0.1 + rng.next() * 0.3)));
  const plan: ProductKey = vehicles < 40 && rng.chance(0.4) ? 'monthly' : 'annual';
  const keys: [ProductKey, number][] = [[plan, vehicles]];
  if (rng.chance(0.4)) keys.push(['telematics', vehicles]);
  if (rng.chance(0.25)) keys.push(['safety', vehicles]);
  if (rng.chance(0.15)) keys.push(['sap', 1]);
  if (rng.chance(0.5)) keys.push(['onboarding', 1]);
  return keys.map(([key, quantity]) => ({
    product: PRODUCT_NAMES[key],
    productId: productId(key),
    quantity,
    unitPrice: listPrice(key, currency),
    discountPercent: discount,
  }));
}

function expiryFor(status: QuoteStatus, clock: Clock, rng: Rng): string {
  if (status === 'expired' || status === 'rejected') return clock.daysAgo(rng.int(1, 60) + rng.next());
  if (status === 'accepted') return clock.daysAgo(rng.int(0, 90) + rng.next());
  // A quarter of open quotes expire within five days: the "act before it lapses" case in the brief.
  // A few "sent" ones have quietly lapsed without anyone updating the status, as happens in real CRMs.
  if (status === 'sent' && rng.chance(0.08)) return clock.daysAgo(rng.int(1, 10) + rng.next());
  return rng.chance(0.25) ? clock.daysAhead(1 + rng.next() * 4) : clock.daysAhead(rng.int(6, 45) + rng.next());
}

function buildQuote(person: GeneratedPerson, clock: Clock, rng: Rng, sequence: CommercialSequence): Quote {
  const number = sequence.nextQuoteNumber++;
  const status = rng.weighted(QUOTE_STATUSES);
  const discount = rng.pick(DISCOUNTS);
  const lineItems = buildLines(person, rng, discount);
  const amount =
    Math.round(
      lineItems.reduce((sum, line) => sum + discountedTotal(line.quantity, line.unitPrice, line.discountPercent), 0) *
        100,
    ) / 100;
  const main = lineItems[0] as QuoteLineItem;
  const plan = main.product === PRODUCT_NAMES.monthly ? 'monthly plan' : 'annual plan';
  const scope =
    main.quantity < person.company.fleetSize ? `pilot, ${main.quantity} vehicles` : `${main.quantity} vehicles`;
  return {
    id: demoId('quote', `q-${number}`),
    number: `Q-${number}`,
    title: `${person.company.name} — Fleet Platform ${plan} (${scope})`,
    status,
    amount,
    currency: person.company.currency,
    discountPercent: discount,
    lineItems,
    expiresAt: expiryFor(status, clock, rng),
    // Mostly the contact's owner; sometimes a colleague quoted them (a cross-rep conflict to spot).
    ownerId: rng.chance(0.85) && person.contact.ownerId ? person.contact.ownerId : rng.weighted(OWNER_WEIGHTS),
    url: `https://app.hubspot.com/quotes/4455667/${number}`,
    contactIds: [person.contact.id],
    companyDomain: person.company.domain,
  };
}

function buildDeal(person: GeneratedPerson, clock: Clock, rng: Rng, sequence: CommercialSequence, quote?: Quote): Deal {
  const number = sequence.nextDealNumber++;
  let stage: string;
  if (quote?.status === 'accepted') stage = 'Closed won';
  else if (quote?.status === 'rejected') stage = 'Closed lost';
  else if (quote && OPEN_QUOTE_STATUSES.includes(quote.status)) stage = rng.pick(['Proposal', 'Negotiation']);
  else if (quote) stage = rng.pick(['Proposal', 'Closed lost']);
  else stage = rng.chance(0.25) ? rng.pick(['Closed won', 'Closed lost']) : rng.weighted(OPEN_STAGES);
  const isClosed = stage.startsWith('Closed');
  const { fleetSize, currency, name, domain } = person.company;
  const estimate = Math.round(fleetSize * listPrice('annual', currency) * (0.4 + rng.next() * 0.6));
  return {
    id: demoId('deal', `g-${String(number).padStart(4, '0')}`),
    name: `${name} — ${rng.pick(DEAL_THEMES)}`,
    stage,
    isClosed,
    amount: quote ? quote.amount : estimate,
    currency: quote ? quote.currency : currency,
    ownerId: quote?.ownerId ?? person.contact.ownerId ?? rng.weighted(OWNER_WEIGHTS),
    closeDate: isClosed ? clock.daysAgo(rng.int(3, 150) + rng.next()) : clock.daysAhead(rng.int(7, 100) + rng.next()),
    contactIds: [person.contact.id],
    companyDomain: domain,
  };
}

/** Quotes and deals for one generated contact (each optional, a deal usually follows a quote). */
export function generateCommercial(
  person: GeneratedPerson,
  clock: Clock,
  rng: Rng,
  sequence: CommercialSequence,
): { quotes: Quote[]; deals: Deal[] } {
  const quote = rng.chance(QUOTE_REACH) ? buildQuote(person, clock, rng, sequence) : undefined;
  const wantsDeal = rng.chance(quote ? DEAL_WITH_QUOTE : DEAL_WITHOUT_QUOTE);
  const deal = wantsDeal ? buildDeal(person, clock, rng, sequence, quote) : undefined;
  return { quotes: quote ? [quote] : [], deals: deal ? [deal] : [] };
}
