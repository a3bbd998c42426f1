import type { MarketingEmail } from '../../model/marketing-email';
import { mapMarketingEmails, parseEmailEvents } from './map-activity';
import type { EmailEvent } from './payloads';
import { EmailCampaign, EmailEventsResponse } from './payloads';
import { type FetchContext, optional } from './fetch-context';

const MAX_EVENT_PAGES = 3;
const MAX_CAMPAIGNS = 10;

export interface EmailActivity {
  marketing: MarketingEmail[];
  /** Parsed events for the policy mapper (bounces); `undefined` when the events could not be read. */
  events?: EmailEvent[];
}

async function fetchEventPages(ctx: FetchContext, email: string): Promise<unknown[] | undefined> {
  const pages: unknown[] = [];
  let offset: string | undefined;
  for (let i = 0; i < MAX_EVENT_PAGES; i++) {
    const result = await ctx.client.request({
      method: 'GET',
      path: '/email/public/v1/events',
      query: { recipient: email, limit: 1000, offset },
      schema: EmailEventsResponse,
    });
    const data = optional(ctx, 'email events', result);
    if (data === undefined) return pages.length > 0 ? pages : undefined;
    pages.push(data);
    if (!data.hasMore || !data.offset) return pages;
    offset = data.offset;
  }
  ctx.partial.push(`email events: more than ${MAX_EVENT_PAGES} pages, older events not read`);
  return pages;
}

/** Marketing email events for one recipient, plus the campaigns they belong to (names and subjects). */
export async function fetchEmailEvents(ctx: FetchContext, contactId: string, email: string): Promise<EmailActivity> {
  const pages = await fetchEventPages(ctx, email);
  if (pages === undefined) return { marketing: [] };
  const events = parseEmailEvents(pages);
  const campaignIds = [...new Set(events.map((e) => e.emailCampaignId).filter((id) => id !== undefined))];
  if (campaignIds.length > MAX_CAMPAIGNS) {
    ctx.partial.push(`email campaigns: details read for ${MAX_CAMPAIGNS} of ${campaignIds.length}`);
  }
  const campaigns = await Promise.all(
    campaignIds.slice(0, MAX_CAMPAIGNS).map(async (id) => {
      const result = await ctx.client.request({
        method: 'GET',
        path: `/email/public/v1/campaigns/${id}`,
        schema: EmailCampaign,
      });
      return optional(ctx, `email campaign ${id}`, result);
    }),
  );
  const mapped = mapMarketingEmails(
    { contactHubspotId: contactId, eventPages: pages, campaigns: campaigns.filter((c) => c !== undefined) },
    { portalId: ctx.portalId },
  );
  ctx.partial.push(...mapped.partial);
  return { marketing: mapped.records, events };
}
