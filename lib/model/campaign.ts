import { z } from 'zod';
import { EmailAddress, RecordId } from './common';

/**
 * Why a campaign must not go to a recipient. The guard's rule ids where they apply, plus `open-quote` and
 * `active-deal`: a campaign must not touch a contact in a live sales conversation even without an offer clash.
 */
export const CampaignReasonId = z.enum([
  'do-not-contact',
  'quote-offer-conflict',
  'campaign-offer-conflict',
  'duplicate-outreach',
  'open-quote',
  'active-deal',
]);
export type CampaignReasonId = z.infer<typeof CampaignReasonId>;

export const CampaignReason = z.object({
  id: CampaignReasonId,
  /** One line for the table and the CSV: "email opt-out (HubSpot: hs_email_optout)", "Q-1042 · 10% · expires in 9 days". */
  detail: z.string().max(500),
  /** The rep to tell (deal or quote owner, the colleague who wrote), when known. */
  ownerId: RecordId.optional(),
});
export type CampaignReason = z.infer<typeof CampaignReason>;

/** `hold`: keep out of the send; `clean`: send; `not_in_crm`: send, marked; `unknown`: could not be checked. */
export const CampaignVerdictStatus = z.enum(['hold', 'clean', 'not_in_crm', 'unknown']);
export type CampaignVerdictStatus = z.infer<typeof CampaignVerdictStatus>;

export const CampaignVerdict = z.object({
  email: EmailAddress,
  status: CampaignVerdictStatus,
  contactName: z.string().max(300).optional(),
  reasons: z.array(CampaignReason).max(20),
  /** Who owns the relationship: first reason's owner, else the contact owner. */
  ownerId: RecordId.optional(),
  /** Why it could not be checked (status `unknown`), or what was not checked (`notChecked`); no PII. */
  note: z.string().max(300).optional(),
  /**
   * Sources the verdict could not look at. A recipient read from the CRM in bulk (never opened in a brief) has
   * flags, deals and quotes checked, but not the reps' or marketing's recent emails: no bulk read exists for them
   * within the rate budget.
   */
  notChecked: z
    .array(z.enum(['rep-emails', 'marketing-emails']))
    .max(2)
    .optional(),
});
export type CampaignVerdict = z.infer<typeof CampaignVerdict>;

/** The longest campaign offer text compared (a sentence or two, like a subject line). */
export const MAX_CAMPAIGN_OFFER = 500;
/** Recipients per message between the campaign page and the background. */
export const CAMPAIGN_CHUNK = 5000;

export const CampaignOwner = z.object({ id: RecordId, name: z.string().max(300), email: EmailAddress.optional() });
export type CampaignOwner = z.infer<typeof CampaignOwner>;
