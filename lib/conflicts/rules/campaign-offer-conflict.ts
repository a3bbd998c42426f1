import type { MarketingEmail, MarketingEvent } from '../../model/marketing-email';
import type { Offer } from '../../model/offer';
import type { Evidence, Severity, Warning } from '../../model/warning';
import { foundRecipients, isWithinPastDays, productsOverlap, type FoundRecipient } from '../facts';
import type { ExtractedOffer } from '../offers/types';
import { severityFor, windowDays } from '../severity';
import { clip, describeDraftOffer, formatAgo, formatDay, joinAnd, quote } from '../text';
import type { Rule, RuleContext } from '../types';

const ID = 'campaign-offer-conflict';
const DEFAULT_SEVERITY: Severity = 'confirm';
const DEFAULT_WINDOW_DAYS = 14;
const RULE = { id: ID, defaultSeverity: DEFAULT_SEVERITY } as const;

const PERCENT_TOLERANCE = 0.01;
const PRICE_TOLERANCE = 0.5;

type Verdict = 'same' | 'differs' | 'other_kind' | 'incomparable';

/**
 * The contact got a marketing email with an offer within the window (sent, opened or clicked in the last
 * `windowDays`, default 14), and the draft offers different terms for an overlapping product — in either
 * direction (the campaign gave more, or the rep does). A draft without an offer, or with the campaign's own
 * terms, raises nothing. Terms of another kind on the same product (a campaign's 25% vs the rep's 3 free months)
 * count as different unless the draft also repeats the campaign's terms. Bounced emails were never received.
 */
export const campaignOfferConflictRule: Rule = {
  id: ID,
  defaultSeverity: DEFAULT_SEVERITY,
  evaluate(ctx: RuleContext): Warning[] {
    const offers = ctx.offers.filter((o) => o.kind !== 'expiry');
    if (offers.length === 0) return [];
    const days = windowDays(ctx.settings, ID, DEFAULT_WINDOW_DAYS);
    const warnings: Warning[] = [];
    for (const recipient of foundRecipients(ctx)) {
      const seen = new Set<string>();
      for (const email of recipient.brief.marketing) {
        const campaignOffer = email.offer;
        if (!campaignOffer || seen.has(email.id)) continue;
        seen.add(email.id);
        if (email.events.some((e) => e.type === 'bounce')) continue;
        const engagement = engagementOf(email);
        if (!isWithinPastDays(engagement.lastAt, ctx.now, days)) continue;
        const differing = differingOffers(offers, campaignOffer);
        if (differing.length === 0) continue;
        warnings.push(buildWarning(ctx, recipient, email, campaignOffer, differing, engagement));
      }
    }
    return warnings;
  },
};

/** Draft offers whose terms differ from the campaign's (empty when they agree or cannot be compared). */
function differingOffers(offers: readonly ExtractedOffer[], campaign: Offer): ExtractedOffer[] {
  const verdicts = offers
    .filter((offer) => productsOverlap(offer.products, campaign.products))
    .map((offer) => ({ offer, verdict: compareTerms(offer, campaign) }));
  const differs = verdicts.filter((v) => v.verdict === 'differs');
  if (differs.length > 0) return differs.map((v) => v.offer);
  if (verdicts.some((v) => v.verdict === 'same' || v.verdict === 'incomparable')) return [];
  return verdicts.filter((v) => v.verdict === 'other_kind').map((v) => v.offer);
}

function compareTerms(offer: ExtractedOffer, campaign: Offer): Verdict {
  switch (offer.kind) {
    case 'discount':
      if (campaign.discountPercent === undefined) return 'other_kind';
      if (offer.discountPercent === undefined) return 'incomparable';
      return Math.abs(offer.discountPercent - campaign.discountPercent) < PERCENT_TOLERANCE ? 'same' : 'differs';
    case 'price':
      if (!campaign.price) return 'other_kind';
      if (!offer.price || offer.price.currency.toUpperCase() !== campaign.price.currency.toUpperCase()) {
        return 'incomparable';
      }
      return Math.abs(offer.price.amount - campaign.price.amount) <= PRICE_TOLERANCE ? 'same' : 'differs';
    case 'free_months':
      if (campaign.freeMonths === undefined || campaign.freeMonths === 0) return 'other_kind';
      if (offer.freeMonths === undefined) return 'incomparable';
      return offer.freeMonths === campaign.freeMonths ? 'same' : 'differs';
    case 'trial':
      if (campaign.trialDays === undefined || campaign.trialDays === 0) return 'other_kind';
      if (offer.trialDays === undefined) return 'incomparable';
      return offer.trialDays === campaign.trialDays ? 'same' : 'differs';
    case 'expiry':
      return 'incomparable';
  }
}

interface Engagement {
  firstOpen?: MarketingEvent;
  lastClick?: MarketingEvent;
  /** The latest of the send, opens and clicks: what the window is measured from. */
  lastAt: string;
}

function engagementOf(email: MarketingEmail): Engagement {
  let firstOpen: MarketingEvent | undefined;
  let lastClick: MarketingEvent | undefined;
  let lastMs = Date.parse(email.sentAt);
  let lastAt = email.sentAt;
  for (const event of email.events) {
    const ms = Date.parse(event.at);
    if (event.type === 'open' && (!firstOpen || ms < Date.parse(firstOpen.at))) firstOpen = event;
    if (event.type === 'click' && (!lastClick || ms > Date.parse(lastClick.at))) lastClick = event;
    if ((event.type === 'open' || event.type === 'click') && ms > lastMs) {
      lastMs = ms;
      lastAt = event.at;
    }
  }
  return { firstOpen, lastClick, lastAt };
}

function buildWarning(
  ctx: RuleContext,
  recipient: FoundRecipient,
  email: MarketingEmail,
  offer: Offer,
  differing: ExtractedOffer[],
  engagement: Engagement,
): Warning {
  // A click implies the email was opened, even when the open pixel was blocked.
  const opened = engagement.firstOpen !== undefined || engagement.lastClick !== undefined;
  const clicked = engagement.lastClick !== undefined;
  const did = clicked ? 'opened and clicked it' : opened ? 'opened it' : 'has not opened it';
  const lateEngagement =
    opened && Date.parse(engagement.lastAt) - Date.parse(email.sentAt) > 86_400_000
      ? ` (last ${formatAgo(engagement.lastAt, ctx.now)})`
      : '';
  const validity = offer.expiresAt
    ? Date.parse(offer.expiresAt) > ctx.now.getTime()
      ? ` The campaign offer is valid until ${formatDay(offer.expiresAt)}.`
      : ` The campaign offer expired ${formatDay(offer.expiresAt)}.`
    : '';
  const shortEngagement = clicked ? ' (opened, clicked)' : opened ? ' (opened)' : '';
  return {
    ruleId: ID,
    severity: severityFor(ctx, RULE),
    recipient: recipient.address,
    title: clip(`Differs from campaign offer ${quote(offer.summary)}${shortEngagement}`, 300),
    detail: clip(
      `${recipient.name} received ${quote(email.subject)} (${email.campaign.name}) ` +
        `${formatAgo(email.sentAt, ctx.now)} and ${did}${lateEngagement}. It offered ${offer.summary}; ` +
        `the draft offers ${joinAnd(differing.map(describeDraftOffer))}.${validity}`,
      2000,
    ),
    fix: clip(`Match the campaign (${offer.summary}) or tell ${recipient.name} why your offer differs.`, 500),
    evidence: evidenceFor(email, offer, engagement, did),
  };
}

function evidenceFor(email: MarketingEmail, offer: Offer, engagement: Engagement, did: string): Evidence[] {
  const evidence: Evidence[] = [
    {
      kind: 'marketing_email',
      refId: email.id,
      label: clip(
        `${email.campaign.name} — ${quote(email.subject)} · sent ${formatDay(email.sentAt)} · ${offer.summary} · ${did}`,
        500,
      ),
      at: email.sentAt,
    },
  ];
  if (engagement.firstOpen) {
    evidence.push({ kind: 'marketing_email', refId: email.id, label: 'Opened', at: engagement.firstOpen.at });
  }
  if (engagement.lastClick) {
    evidence.push({
      kind: 'marketing_email',
      refId: email.id,
      label: 'Clicked a link',
      at: engagement.lastClick.at,
      ...(engagement.lastClick.url ? { url: engagement.lastClick.url } : {}),
    });
  }
  return evidence;
}
