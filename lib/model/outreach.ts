import { z } from 'zod';
import { IsoDateTime, RecordId } from './common';

export const OutreachChannel = z.enum(['email', 'call', 'meeting', 'linkedin', 'sms']);
export type OutreachChannel = z.infer<typeof OutreachChannel>;

/** A 1:1 touch between someone at the seller and the contact. */
export const Outreach = z.object({
  id: RecordId,
  contactId: RecordId,
  channel: OutreachChannel,
  direction: z.enum(['outbound', 'inbound']),
  at: IsoDateTime,
  /** User id of the seller-side person. */
  byUserId: RecordId,
  subject: z.string().max(500).optional(),
});
export type Outreach = z.infer<typeof Outreach>;
