import { z } from 'zod';
import { CurrencyCode, HttpsUrl, IsoDateTime, Percent, RecordId } from './common';

export const QuoteStatus = z.enum(['draft', 'pending_approval', 'approved', 'sent', 'accepted', 'rejected', 'expired']);
export type QuoteStatus = z.infer<typeof QuoteStatus>;

/** Statuses in which a quote still binds what a rep may offer. */
export const OPEN_QUOTE_STATUSES: readonly QuoteStatus[] = ['draft', 'pending_approval', 'approved', 'sent'];

export const QuoteLineItem = z.object({
  product: z.string().min(1).max(300),
  productId: RecordId.optional(),
  quantity: z.number().positive(),
  unitPrice: z.number().min(0),
  discountPercent: Percent.default(0),
});
export type QuoteLineItem = z.infer<typeof QuoteLineItem>;

export const Quote = z.object({
  id: RecordId,
  number: z.string().min(1).max(100),
  title: z.string().max(300),
  status: QuoteStatus,
  /** Total after discounts, in major units of `currency`. */
  amount: z.number().min(0),
  currency: CurrencyCode,
  discountPercent: Percent.default(0),
  lineItems: z.array(QuoteLineItem).max(500),
  expiresAt: IsoDateTime.optional(),
  ownerId: RecordId.optional(),
  url: HttpsUrl.optional(),
  contactIds: z.array(RecordId).max(100),
  companyDomain: z.string().max(253).optional(),
});
export type Quote = z.infer<typeof Quote>;

export function isQuoteOpen(quote: Quote, now: Date): boolean {
  if (!OPEN_QUOTE_STATUSES.includes(quote.status)) return false;
  return quote.expiresAt === undefined || Date.parse(quote.expiresAt) > now.getTime();
}
