import type { MarketingEmail } from '../../model/marketing-email';
import { CAMPAIGNS, campaignEmail, type CampaignDef, type CampaignLanguage, type RecipientActivity } from './campaigns';
import type { Clock } from './clock';
import type { GeneratedPerson } from './generated-contacts';
import type { Rng } from './prng';

/** One campaign email a generated contact will receive, before policy trims or marks it. */
export interface PlannedEmail {
  campaign: CampaignDef;
  activity: RecipientActivity;
}

const BY_LANGUAGE: Record<CampaignLanguage, readonly CampaignDef[]> = {
  en: CAMPAIGNS.filter((c) => c.language === 'en'),
  ru: CAMPAIGNS.filter((c) => c.language === 'ru'),
  uk: CAMPAIGNS.filter((c) => c.language === 'uk'),
};

/** Share of contacts on at least one marketing list. */
const MARKETING_REACH = 0.8;

/**
 * Which campaigns a contact got and what they did with each, oldest first. Engagement is deliberately
 * mixed (about half open, a third of those click) so the brief shows realistic, uneven histories.
 */
export function planMarketing(person: GeneratedPerson, rng: Rng): PlannedEmail[] {
  if (!rng.chance(MARKETING_REACH)) return [];
  const language = person.company.language;
  const pool = BY_LANGUAGE[language];
  const campaigns = language === 'en' ? rng.sample(pool, rng.int(1, 5)) : rng.sample(pool, rng.int(1, pool.length));
  // Ukrainian- and Russian-speaking customers sometimes sit on an English list too.
  if (language !== 'en' && rng.chance(0.3)) campaigns.push(rng.pick(BY_LANGUAGE.en));
  campaigns.sort((a, b) => b.sentDaysAgo - a.sentDaysAgo);
  return campaigns.map((campaign) => {
    const activity: RecipientActivity = { sendDelayMinutes: rng.int(0, 180) };
    if (rng.chance(0.5)) {
      const openAfter = rng.int(3, 2_400);
      activity.openAfterMinutes = openAfter;
      if (rng.chance(0.35)) activity.clicks = [{ afterMinutes: openAfter + rng.int(1, 15) }];
    }
    return { campaign, activity };
  });
}

export function buildMarketing(clock: Clock, person: GeneratedPerson, plan: readonly PlannedEmail[]): MarketingEmail[] {
  return plan.map(({ campaign, activity }) => campaignEmail(clock, campaign, person.contact.id, person.key, activity));
}
