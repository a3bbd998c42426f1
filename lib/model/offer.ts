import { z } from 'zod';
import { IsoDateTime, Money, Percent } from './common';

/** Commercial terms carried by a campaign email or a draft: what the customer was offered. */
export const Offer = z.object({
  /** Human summary as the customer saw it, e.g. "25% off annual plans". */
  summary: z.string().min(1).max(300),
  discountPercent: Percent.optional(),
  price: Money.optional(),
  freeMonths: z.number().int().min(0).max(120).optional(),
  trialDays: z.number().int().min(0).max(365).optional(),
  /** Catalog product names the offer applies to; empty means "any". */
  products: z.array(z.string().max(200)).max(50).default([]),
  expiresAt: IsoDateTime.optional(),
});
export type Offer = z.infer<typeof Offer>;
