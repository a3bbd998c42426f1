import { z } from 'zod';
import { CurrencyCode, IsoDateTime, RecordId } from './common';

export const Deal = z.object({
  id: RecordId,
  name: z.string().min(1).max(300),
  /** Pipeline stage label as the CRM shows it ("Proposal", "Closed won"). */
  stage: z.string().min(1).max(200),
  isClosed: z.boolean(),
  amount: z.number().min(0).optional(),
  currency: CurrencyCode.optional(),
  ownerId: RecordId.optional(),
  closeDate: IsoDateTime.optional(),
  contactIds: z.array(RecordId).max(500),
  companyDomain: z.string().max(253).optional(),
});
export type Deal = z.infer<typeof Deal>;
