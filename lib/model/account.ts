import { z } from 'zod';
import { IsoDateTime, RecordId } from './common';
import { DoNotContactFlag } from './contact-policy';
import { Deal } from './deal';
import { Quote } from './quote';
import { User } from './user';

/** One person at the account, with what a rep must know before writing to them. */
export const AccountPerson = z.object({
  contactId: RecordId,
  name: z.string(),
  email: z.string().optional(),
  title: z.string().optional(),
  flags: z.array(DoNotContactFlag),
});
export type AccountPerson = z.infer<typeof AccountPerson>;

/**
 * The brief of a company, account, deal or opportunity record: its people with their do-not-contact flags, open
 * quotes and deals. `matchedBy` says how the record on screen was tied to the cache (by the name it shows).
 */
export const AccountLookup = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    name: z.string().max(300),
    domain: z.string().max(253).optional(),
    /** `crm_record`: read live from the CRM by the record's id; the others: from the cache by the name shown. */
    matchedBy: z.enum(['company_name', 'deal_name', 'crm_record']),
    people: z.array(AccountPerson).max(500),
    openQuotes: z.array(Quote).max(200),
    deals: z.array(Deal).max(200),
    owners: z.record(z.string(), User),
    checkedAt: IsoDateTime,
    /** What could not be read (no PII): a gap is shown, never read as "none". */
    partial: z.array(z.string().max(300)).max(20).optional(),
    /** Why the cache answered although the CRM was asked (e.g. HubSpot unreachable). */
    note: z.string().max(300).optional(),
  }),
  z.object({ status: z.literal('not_found'), name: z.string().max(300).optional(), checkedAt: IsoDateTime }),
]);
export type AccountLookup = z.infer<typeof AccountLookup>;
export type FoundAccount = Extract<AccountLookup, { status: 'found' }>;
