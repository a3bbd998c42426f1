import type { MarketingEmail, MarketingEvent } from '../../model/marketing-email';
import type { Offer } from '../../model/offer';
import { PRODUCT_NAMES } from './catalog';
import type { Clock } from './clock';
import { demoId } from './ids';

/** Language of the audience a campaign went to; generated contacts only get campaigns in their language. */
export type CampaignLanguage = 'en' | 'ru' | 'uk';

export interface CampaignDef {
  key: string;
  name: string;
  subject: string;
  language: CampaignLanguage;
  /** When the send started, in days before the anchor. */
  sentDaysAgo: number;
  /** The link most recipients click. */
  clickUrl: string;
  /** Commercial terms in the email; the campaign-offer check compares drafts against these. */
  offer?: Omit<Offer, 'expiresAt'>;
  /** Days the offer stays valid after the send. */
  offerValidDays?: number;
}

const SITE = 'https://www.example.com';

/** Campaign keys the story contacts refer to by name. */
export const AUTUMN_ANNUAL = 'autumn-annual';
export const NEWSLETTER_14 = 'newsletter-14';
export const NEWSLETTER_13 = 'newsletter-13';
export const WEBINAR_FUEL = 'webinar-fuel';
export const SAP_LAUNCH = 'sap-launch';
export const RU_AUTUMN = 'ru-autumn';
export const UK_WEBINAR = 'uk-webinar';

export const CAMPAIGNS: readonly CampaignDef[] = [
  {
    key: AUTUMN_ANNUAL,
    name: 'Autumn annual-plan promotion',
    subject: '25% off annual plans — this month only',
    language: 'en',
    sentDaysAgo: 2,
    clickUrl: `${SITE}/pricing?utm_campaign=autumn-annual`,
    offer: { summary: '25% off annual plans', discountPercent: 25, products: [PRODUCT_NAMES.annual] },
    offerValidDays: 14,
  },
  {
    key: 'partner-addon',
    name: 'Telematics add-on: existing-customer offer',
    subject: '20% off the Telematics add-on for existing customers',
    language: 'en',
    sentDaysAgo: 6,
    clickUrl: `${SITE}/telematics?utm_campaign=partner-addon`,
    offer: { summary: '20% off the Telematics add-on', discountPercent: 20, products: [PRODUCT_NAMES.telematics] },
    offerValidDays: 30,
  },
  {
    key: 'safety-month',
    name: 'Driver safety month',
    subject: 'Driver safety month: your first month of the safety module is on us',
    language: 'en',
    sentDaysAgo: 9,
    clickUrl: `${SITE}/safety/driver-safety-module?utm_campaign=safety-month`,
    offer: { summary: 'First month of the Driver safety module free', freeMonths: 1, products: [PRODUCT_NAMES.safety] },
    offerValidDays: 21,
  },
  {
    key: NEWSLETTER_14,
    name: 'Fleet Insights newsletter — issue 14',
    subject: 'Fleet Insights #14: what a 40-vehicle fleet really spends on idling',
    language: 'en',
    sentDaysAgo: 16,
    clickUrl: `${SITE}/blog/idling-costs?utm_campaign=newsletter-14`,
  },
  {
    key: 'monthly-trial',
    name: 'Monthly plan free trial',
    subject: 'Try Fleet Platform free for 30 days — no card needed',
    language: 'en',
    sentDaysAgo: 20,
    clickUrl: `${SITE}/trial?utm_campaign=monthly-trial`,
    offer: { summary: '30-day free trial of the Monthly plan', trialDays: 30, products: [PRODUCT_NAMES.monthly] },
    offerValidDays: 45,
  },
  {
    key: SAP_LAUNCH,
    name: 'SAP connector launch',
    subject: 'New: send trip and fuel data straight into SAP S/4HANA',
    language: 'en',
    sentDaysAgo: 25,
    clickUrl: `${SITE}/integrations/sap?utm_campaign=sap-launch`,
  },
  {
    key: WEBINAR_FUEL,
    name: 'Webinar: Cutting fuel costs with telematics',
    subject: "You're invited: cut fuel costs by 12% with telematics (live webinar)",
    language: 'en',
    sentDaysAgo: 35,
    clickUrl: `${SITE}/webinars/fuel-costs?utm_campaign=webinar-fuel`,
  },
  {
    key: NEWSLETTER_13,
    name: 'Fleet Insights newsletter — issue 13',
    subject: 'Fleet Insights #13: EV range in winter, measured on 200 vans',
    language: 'en',
    sentDaysAgo: 46,
    clickUrl: `${SITE}/blog/ev-winter-range?utm_campaign=newsletter-13`,
  },
  {
    key: 'spring-addon',
    name: 'Spring offer: Telematics add-on',
    subject: '15% off the Telematics add-on until the end of the quarter',
    language: 'en',
    sentDaysAgo: 62,
    clickUrl: `${SITE}/telematics?utm_campaign=spring-addon`,
    offer: { summary: '15% off the Telematics add-on', discountPercent: 15, products: [PRODUCT_NAMES.telematics] },
    offerValidDays: 30,
  },
  {
    key: RU_AUTUMN,
    name: 'Осенняя акция: годовой тариф',
    subject: 'Скидка 20% на годовой тариф',
    language: 'ru',
    sentDaysAgo: 3,
    clickUrl: `${SITE}/ru/pricing?utm_campaign=ru-autumn`,
    offer: { summary: 'Скидка 20% на годовой тариф', discountPercent: 20, products: [PRODUCT_NAMES.annual] },
    offerValidDays: 14,
  },
  {
    key: 'ru-newsletter',
    name: 'Новости Fleet Insights — выпуск 14',
    subject: 'Fleet Insights: сколько автопарк теряет на простое двигателя',
    language: 'ru',
    sentDaysAgo: 17,
    clickUrl: `${SITE}/ru/blog/idling-costs?utm_campaign=ru-newsletter`,
  },
  {
    key: 'uk-annual',
    name: 'Осіння пропозиція: річний тариф',
    subject: 'Знижка 15% на річний тариф до кінця місяця',
    language: 'uk',
    sentDaysAgo: 5,
    clickUrl: `${SITE}/uk/pricing?utm_campaign=uk-annual`,
    offer: { summary: 'Знижка 15% на річний тариф', discountPercent: 15, products: [PRODUCT_NAMES.annual] },
    offerValidDays: 20,
  },
  {
    key: UK_WEBINAR,
    name: 'Вебінар: телематика для агробізнесу',
    subject: 'Запрошуємо на вебінар: як агрохолдинги економлять пальне',
    language: 'uk',
    sentDaysAgo: 15,
    clickUrl: `${SITE}/uk/webinars/agro?utm_campaign=uk-webinar`,
  },
];

const BY_KEY = new Map(CAMPAIGNS.map((campaign) => [campaign.key, campaign]));

export function campaignByKey(key: string): CampaignDef {
  const campaign = BY_KEY.get(key);
  if (!campaign) throw new RangeError(`unknown demo campaign ${key}`);
  return campaign;
}

/** What one recipient did with the email, as offsets in minutes after it was sent. */
export interface RecipientActivity {
  /** Minutes after the campaign start that this recipient's copy went out (sends are staggered). */
  sendDelayMinutes?: number;
  bounced?: boolean;
  openAfterMinutes?: number;
  clicks?: readonly { afterMinutes: number; url?: string }[];
  unsubscribeAfterMinutes?: number;
}

/** When one recipient's copy went out (epoch ms); shared with the policy generator so an unsubscribe lines up with its flag. */
export function recipientSentAtMs(clock: Clock, campaign: CampaignDef, sendDelayMinutes: number): number {
  return clock.msMinutesAfter(clock.msDaysAgo(campaign.sentDaysAgo), sendDelayMinutes);
}

/** Builds one recipient's copy of a campaign email with its events in time order. */
export function campaignEmail(
  clock: Clock,
  campaign: CampaignDef,
  contactId: string,
  contactKey: string,
  activity: RecipientActivity,
): MarketingEmail {
  const sentMs = recipientSentAtMs(clock, campaign, activity.sendDelayMinutes ?? 0);
  const timed: { ms: number; type: MarketingEvent['type']; url?: string }[] = [];
  const add = (afterMinutes: number, type: MarketingEvent['type'], url?: string): void => {
    timed.push({ ms: clock.msMinutesAfter(sentMs, afterMinutes), type, url });
  };
  if (activity.bounced) {
    add(1, 'bounce');
  } else {
    add(1, 'delivered');
    if (activity.openAfterMinutes !== undefined) add(activity.openAfterMinutes, 'open');
    for (const click of activity.clicks ?? []) add(click.afterMinutes, 'click', click.url ?? campaign.clickUrl);
    if (activity.unsubscribeAfterMinutes !== undefined) add(activity.unsubscribeAfterMinutes, 'unsubscribe');
  }
  // Stable sort: events at the same minute keep their logical order (delivered, open, click, unsubscribe).
  timed.sort((a, b) => a.ms - b.ms);
  const email: MarketingEmail = {
    id: demoId('mkt', `${campaign.key}:${contactKey}`),
    contactId,
    campaign: { id: demoId('campaign', campaign.key), name: campaign.name },
    subject: campaign.subject,
    sentAt: clock.iso(sentMs),
    events: timed.map(({ ms, type, url }): MarketingEvent =>
      url ? { type, at: clock.iso(ms), url } : { type, at: clock.iso(ms) },
    ),
  };
  if (campaign.offer) {
    email.offer = {
      ...campaign.offer,
      products: [...campaign.offer.products],
      ...(campaign.offerValidDays !== undefined
        ? { expiresAt: clock.daysAgo(campaign.sentDaysAgo - campaign.offerValidDays) }
        : {}),
    };
  }
  return email;
}
