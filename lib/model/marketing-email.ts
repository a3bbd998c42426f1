import { z } from 'zod';
import { HttpsUrl, IsoDateTime, RecordId } from './common';
import { Offer } from './offer';

export const MarketingEventType = z.enum(['delivered', 'open', 'click', 'bounce', 'unsubscribe']);
export type MarketingEventType = z.infer<typeof MarketingEventType>;

export const MarketingEvent = z.object({
  type: MarketingEventType,
  at: IsoDateTime,
  /** The clicked link, for click events. */
  url: HttpsUrl.optional(),
});
export type MarketingEvent = z.infer<typeof MarketingEvent>;

export const Campaign = z.object({
  id: RecordId,
  name: z.string().min(1).max(300),
});
export type Campaign = z.infer<typeof Campaign>;

/** One marketing email as received by one contact, with what they did with it. */
export const MarketingEmail = z.object({
  id: RecordId,
  contactId: RecordId,
  campaign: Campaign,
  subject: z.string().max(500),
  sentAt: IsoDateTime,
  events: z.array(MarketingEvent).max(500),
  offer: Offer.optional(),
});
export type MarketingEmail = z.infer<typeof MarketingEmail>;
