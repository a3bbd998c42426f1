import { campaignOfferConflictRule } from '../conflicts/rules/campaign-offer-conflict';
import { quoteOfferConflictRule } from '../conflicts/rules/quote-offer-conflict';
import { isWithinPastDays } from '../conflicts/facts';
import type { ExtractedOffer } from '../conflicts/offers/types';
import { isRuleEnabled, windowDays } from '../conflicts/severity';
import { formatAgo } from '../conflicts/text';
import type { Rule, RuleContext } from '../conflicts/types';
import { daysUntil } from '../format/time';
import { formatMoney } from '../format/money';
import type { Brief } from '../model/brief';
import type { CampaignReason, CampaignVerdict } from '../model/campaign';
import type { Contact } from '../model/contact';
import { FLAG_WORDS, type ContactPolicy, type DoNotContactFlag } from '../model/contact-policy';
import type { Deal } from '../model/deal';
import type { Draft } from '../model/draft';
import type { MarketingEmail } from '../model/marketing-email';
import type { Outreach } from '../model/outreach';
import { isQuoteOpen, type Quote } from '../model/quote';
import type { Settings } from '../model/settings';
import type { User } from '../model/user';

/** What the cache holds for one recipient: the same records the brief is built from. */
export interface RecipientRecords {
  contact: Contact;
  policy?: ContactPolicy;
  quotes: readonly Quote[];
  deals: readonly Deal[];
  outreach: readonly Outreach[];
  marketing: readonly MarketingEmail[];
}

export interface CampaignCheckContext {
  /** Offers extracted once from the campaign's offer text (empty when none was given). */
  offers: readonly ExtractedOffer[];
  settings: Settings;
  now: Date;
  people: Readonly<Record<string, User>>;
}

const DUPLICATE_OUTREACH_DAYS = 7;
/** The guard's offer rules, run on the campaign offer exactly as on a draft's. */
const OFFER_RULES: readonly Rule[] = [quoteOfferConflictRule, campaignOfferConflictRule];

/**
 * A campaign is marketing email: every flag on email stops it, including "unsubscribed from marketing", which
 * still allows a rep's 1:1 email. A do-not-call flag does not concern email.
 */
export function blocksMarketingEmail(flag: DoNotContactFlag): boolean {
  return (flag.channel === 'email' || flag.channel === 'any') && flag.kind !== 'do_not_call';
}

/** Why this recipient must not get the campaign; an empty list means send. */
export function campaignReasons(records: RecipientRecords, ctx: CampaignCheckContext): CampaignReason[] {
  const reasons: CampaignReason[] = [];
  const name = (id: string | undefined) => (id ? ctx.people[id]?.name : undefined);

  for (const flag of records.policy?.flags ?? []) {
    if (!blocksMarketingEmail(flag)) continue;
    reasons.push({ id: 'do-not-contact', detail: `${FLAG_WORDS[flag.kind]} (${flag.source})` });
  }

  for (const quote of records.quotes) {
    if (!isQuoteOpen(quote, ctx.now)) continue;
    const terms = [quote.number, formatMoney(quote.amount, quote.currency)];
    if (quote.discountPercent > 0) terms.push(`${quote.discountPercent}% discount`);
    if (quote.expiresAt) terms.push(`expires in ${Math.max(0, daysUntil(quote.expiresAt, ctx.now))} days`);
    const owner = name(quote.ownerId);
    if (owner) terms.push(owner);
    reasons.push({ id: 'open-quote', detail: terms.join(' · '), ...(quote.ownerId ? { ownerId: quote.ownerId } : {}) });
  }

  for (const deal of records.deals) {
    if (deal.isClosed) continue;
    const terms = [deal.name, deal.stage];
    const owner = name(deal.ownerId);
    if (owner) terms.push(owner);
    reasons.push({ id: 'active-deal', detail: terms.join(' · '), ...(deal.ownerId ? { ownerId: deal.ownerId } : {}) });
  }

  const days = windowDays(ctx.settings, 'duplicate-outreach', DUPLICATE_OUTREACH_DAYS);
  const recent = records.outreach
    .filter((o) => o.direction === 'outbound' && isWithinPastDays(o.at, ctx.now, days))
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  if (recent) {
    const who = name(recent.byUserId) ?? 'A colleague';
    const when = formatAgo(recent.at, ctx.now);
    const subject = recent.subject ? `: “${recent.subject}”` : '';
    reasons.push({
      id: 'duplicate-outreach',
      detail: `${who} (${recent.channel}) ${when}${subject}`,
      ownerId: recent.byUserId,
    });
  }

  if (ctx.offers.length > 0) reasons.push(...offerConflicts(records, ctx));
  return reasons;
}

/** The campaign's offer against the recipient's open quotes and recent campaigns, through the guard's own rules. */
function offerConflicts(records: RecipientRecords, ctx: CampaignCheckContext): CampaignReason[] {
  const email = records.contact.emails[0] ?? '';
  const brief: Brief = {
    contact: records.contact,
    policy: records.policy ?? { contactId: records.contact.id, flags: [] },
    forms: [],
    marketing: [...records.marketing],
    quotes: [...records.quotes],
    deals: [...records.deals],
    outreach: [...records.outreach],
    people: { ...ctx.people },
    freshness: {},
  };
  const draft: Draft = { site: 'gmail', to: [email], cc: [], bcc: [], linkedinRecipients: [], subject: '', body: '' };
  const ruleCtx: RuleContext = {
    draft,
    recipients: [{ recipient: email, lookup: { status: 'found', brief, matchedBy: 'email' }, companyOutreach: [] }],
    offers: [...ctx.offers],
    settings: ctx.settings,
    currentUser: undefined,
    people: { ...ctx.people },
    now: ctx.now,
  };
  const reasons: CampaignReason[] = [];
  for (const rule of OFFER_RULES) {
    if (!isRuleEnabled(ctx.settings, rule.id)) continue;
    try {
      for (const warning of rule.evaluate(ruleCtx)) {
        reasons.push({ id: rule.id as CampaignReason['id'], detail: warning.detail.slice(0, 500) });
      }
    } catch {
      // A rule bug must not stop a 100,000-row check; the other reasons still stand.
    }
  }
  return reasons;
}

/** One recipient's verdict: held back with its reasons, or clean. The owner to notify comes with it. */
export function campaignVerdict(email: string, records: RecipientRecords, ctx: CampaignCheckContext): CampaignVerdict {
  const reasons = campaignReasons(records, ctx).slice(0, 20);
  const ownerId = reasons.find((r) => r.ownerId)?.ownerId ?? records.contact.ownerId;
  return {
    email,
    status: reasons.length > 0 ? 'hold' : 'clean',
    contactName: records.contact.name.slice(0, 300),
    reasons,
    ...(ownerId ? { ownerId } : {}),
  };
}
