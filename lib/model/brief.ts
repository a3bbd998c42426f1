import { z } from 'zod';
import { EmailAddress, IsoDateTime } from './common';
import { Contact } from './contact';
import { ContactPolicy } from './contact-policy';
import { Deal } from './deal';
import { FormSubmission } from './form-submission';
import { MarketingEmail } from './marketing-email';
import { Outreach } from './outreach';
import { Quote } from './quote';
import { User } from './user';

export const BriefSectionName = z.enum(['policy', 'forms', 'marketing', 'quotes', 'deals', 'outreach']);
export type BriefSectionName = z.infer<typeof BriefSectionName>;

/** How current one section of a brief is, and whether it is complete. */
export const SectionFreshness = z.object({
  fetchedAt: IsoDateTime,
  /** True when the source could not give everything (a failed page, a field that did not parse). */
  partial: z.boolean(),
  /** What is missing, in words a rep understands (no PII). */
  partialReason: z.string().max(500).optional(),
});
export type SectionFreshness = z.infer<typeof SectionFreshness>;

export const Brief = z.object({
  contact: Contact,
  owner: User.optional(),
  policy: ContactPolicy,
  forms: z.array(FormSubmission),
  marketing: z.array(MarketingEmail),
  quotes: z.array(Quote),
  deals: z.array(Deal),
  outreach: z.array(Outreach),
  /** Seller-side people referenced by quotes, deals and outreach, keyed by user id. */
  people: z.record(z.string(), User),
  freshness: z.partialRecord(BriefSectionName, SectionFreshness),
});
export type Brief = z.infer<typeof Brief>;

/**
 * How the person on screen was tied to the CRM contact. `name_company` is a guess (same name at the same company
 * domain) shown as "possible match"; `linked` is a rep's confirmed link.
 */
export const MatchedBy = z.enum(['email', 'linkedin', 'crm_id', 'linked', 'name_company']);
export type MatchedBy = z.infer<typeof MatchedBy>;

/** The answer to "who is this address?" — never an empty card when we do not know. */
export const BriefLookup = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    brief: Brief,
    matchedBy: MatchedBy,
    /** The cached brief is older than the refresh interval and is being re-read from the CRM right now. */
    refreshing: z.boolean().optional(),
    /** The last re-read failed: the brief shown is the cached one (offline, CRM down, reconnect needed). */
    refreshError: z.string().max(300).optional(),
  }),
  z.object({ status: z.literal('not_in_crm'), email: EmailAddress.optional(), checkedAt: IsoDateTime }),
  z.object({ status: z.literal('internal'), email: EmailAddress }),
  z.object({ status: z.literal('error'), message: z.string().max(500) }),
]);
export type BriefLookup = z.infer<typeof BriefLookup>;
