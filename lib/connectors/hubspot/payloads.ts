import { z } from 'zod';

/**
 * Zod schemas for the HubSpot responses the connector reads, written from the documented shapes
 * (see /work/shared/research/crm-api-facts.md §0–7). HubSpot adds fields over time, so every object is a
 * plain `z.object` (unknown keys are stripped, never rejected). CRM `properties` values are strings or
 * null on the wire, numbers included ("38400.00"); mappers convert them.
 *
 * Envelopes keep `results` as `unknown[]`: each record is parsed on its own (see parse.ts), so one broken
 * record is reported as partial instead of failing the whole batch.
 */

/** A CRM property value as HubSpot sends it. */
const Prop = z.string().nullable().optional();

const Paging = z.object({
  next: z.object({ after: z.string(), link: z.string().optional() }).optional(),
});

// ---------- CRM v3 objects ----------

/** `SimplePublicObject` with typed properties. */
function crmObject<T extends z.ZodRawShape>(properties: T) {
  return z.object({
    id: z.string().regex(/^\d+$/),
    properties: z.object(properties),
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
    archived: z.boolean().optional(),
  });
}

export const HubSpotContact = crmObject({
  email: Prop,
  firstname: Prop,
  lastname: Prop,
  jobtitle: Prop,
  company: Prop,
  hs_email_domain: Prop,
  hs_additional_emails: Prop,
  hs_linkedin_url: Prop,
  hubspot_owner_id: Prop,
  lifecyclestage: Prop,
  hs_lead_status: Prop,
  hs_email_optout: Prop,
  hs_email_bad_address: Prop,
  hs_email_quarantined: Prop,
  hs_email_hard_bounce_reason: Prop,
  hs_email_hard_bounce_reason_enum: Prop,
  lastmodifieddate: Prop,
  createdate: Prop,
});
export type HubSpotContact = z.infer<typeof HubSpotContact>;

export const HubSpotDeal = crmObject({
  dealname: Prop,
  dealstage: Prop,
  pipeline: Prop,
  amount: Prop,
  deal_currency_code: Prop,
  hubspot_owner_id: Prop,
  closedate: Prop,
  hs_is_closed: Prop,
  hs_is_closed_won: Prop,
});
export type HubSpotDeal = z.infer<typeof HubSpotDeal>;

export const HubSpotQuote = crmObject({
  hs_title: Prop,
  hs_quote_number: Prop,
  hs_status: Prop,
  hs_quote_amount: Prop,
  hs_currency: Prop,
  hs_expiration_date: Prop,
  hs_quote_link: Prop,
  hs_esign_status: Prop,
  hs_payment_status: Prop,
  hubspot_owner_id: Prop,
});
export type HubSpotQuote = z.infer<typeof HubSpotQuote>;

export const HubSpotLineItem = crmObject({
  name: Prop,
  quantity: Prop,
  price: Prop,
  amount: Prop,
  discount: Prop,
  hs_discount_percentage: Prop,
  hs_total_discount: Prop,
  hs_product_id: Prop,
  hs_sku: Prop,
  hs_line_item_currency_code: Prop,
});
export type HubSpotLineItem = z.infer<typeof HubSpotLineItem>;

export const HubSpotProduct = crmObject({
  name: Prop,
  price: Prop,
  hs_sku: Prop,
  description: Prop,
});
export type HubSpotProduct = z.infer<typeof HubSpotProduct>;

/** Engagements: emails, calls and meetings share one envelope; each kind reads its own properties. */
export const HubSpotEngagement = crmObject({
  hs_timestamp: Prop,
  hubspot_owner_id: Prop,
  hs_email_subject: Prop,
  hs_email_direction: Prop,
  hs_email_status: Prop,
  hs_call_title: Prop,
  hs_call_direction: Prop,
  hs_call_status: Prop,
  hs_meeting_title: Prop,
  hs_meeting_start_time: Prop,
  hs_meeting_outcome: Prop,
});
export type HubSpotEngagement = z.infer<typeof HubSpotEngagement>;

export const HubSpotBatchError = z.object({
  status: z.string(),
  category: z.string(),
  message: z.string().optional(),
  subCategory: z.unknown().optional(),
  context: z.record(z.string(), z.array(z.string())).optional(),
  errors: z.array(z.unknown()).optional(),
});
export type HubSpotBatchError = z.infer<typeof HubSpotBatchError>;

/** `POST /crm/v3/objects/{type}/batch/read`: 200, or 207 with `errors[]` + `numErrors`. */
export const BatchReadResponse = z.object({
  status: z.string(),
  results: z.array(z.unknown()),
  numErrors: z.number().int().min(0).optional(),
  errors: z.array(HubSpotBatchError).optional(),
  startedAt: z.string().optional(),
  completedAt: z.string().optional(),
});
export type BatchReadResponse = z.infer<typeof BatchReadResponse>;

/** `POST /crm/v3/objects/{type}/search` and `GET /crm/v3/objects/{type}` lists. */
export const SearchResponse = z.object({
  total: z.number().int().min(0).optional(),
  results: z.array(z.unknown()),
  paging: Paging.optional(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

// ---------- Associations v4 ----------

export const AssociationType = z.object({
  category: z.string(),
  typeId: z.number().int(),
  label: z.string().nullable().optional(),
});

export const AssociationBatchResult = z.object({
  from: z.object({ id: z.string() }),
  to: z.array(
    z.object({
      toObjectId: z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String),
      associationTypes: z.array(AssociationType).optional(),
    }),
  ),
  paging: Paging.optional(),
});
export type AssociationBatchResult = z.infer<typeof AssociationBatchResult>;

/** `POST /crm/v4/associations/{from}/{to}/batch/read`. */
export const AssociationBatchResponse = BatchReadResponse;

// ---------- Pipelines and owners ----------

export const PipelinesResponse = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      stages: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          metadata: z.object({ isClosed: z.string().optional(), probability: z.string().optional() }).optional(),
        }),
      ),
    }),
  ),
});
export type PipelinesResponse = z.infer<typeof PipelinesResponse>;

export const HubSpotOwner = z.object({
  id: z.string().regex(/^\d+$/),
  email: z.string().nullable().optional(),
  firstName: z.string().nullable().optional(),
  lastName: z.string().nullable().optional(),
  userId: z.number().int().nullable().optional(),
  type: z.string().optional(),
  archived: z.boolean().optional(),
  teams: z.array(z.object({ id: z.string(), name: z.string(), primary: z.boolean().optional() })).optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type HubSpotOwner = z.infer<typeof HubSpotOwner>;

/** `GET /crm/v3/owners`. */
export const OwnersResponse = SearchResponse;

// ---------- Marketing email (legacy v1) ----------

export const EmailEventType = z.enum([
  'PROCESSED',
  'DELIVERED',
  'DROPPED',
  'DEFERRED',
  'BOUNCE',
  'SENT',
  'OPEN',
  'CLICK',
  'PRINT',
  'FORWARD',
  'STATUSCHANGE',
  'SPAMREPORT',
  'SUGGESTION',
  'UNBOUNCE',
]);

export const EmailEvent = z.object({
  id: z.string(),
  created: z.number().int(),
  type: EmailEventType,
  recipient: z.string().optional(),
  portalId: z.number().int().optional(),
  appId: z.number().int().optional(),
  appName: z.string().optional(),
  emailCampaignId: z.number().int().optional(),
  subject: z.string().optional(),
  url: z.string().optional(),
  category: z.string().optional(),
  status: z.string().optional(),
  response: z.string().optional(),
  filteredEvent: z.boolean().optional(),
  /** STATUSCHANGE: what changed ("UNSUBSCRIBED", "BOUNCED", …). */
  subscriptions: z.array(z.object({ id: z.number().int().optional(), status: z.string().optional() })).optional(),
  portalSubscriptionStatus: z.string().optional(),
  source: z.string().optional(),
});
export type EmailEvent = z.infer<typeof EmailEvent>;

/** `GET /email/public/v1/events`: paged by `offset` while `hasMore`. */
export const EmailEventsResponse = z.object({
  hasMore: z.boolean(),
  offset: z.string().optional(),
  events: z.array(z.unknown()),
});
export type EmailEventsResponse = z.infer<typeof EmailEventsResponse>;

/** `GET /email/public/v1/campaigns/{id}`. Carries no structured offer. */
export const EmailCampaign = z.object({
  id: z.number().int(),
  appId: z.number().int().optional(),
  appName: z.string().optional(),
  contentId: z.number().int().optional(),
  name: z.string().optional(),
  subject: z.string().optional(),
  type: z.string().optional(),
  numIncluded: z.number().int().optional(),
  counters: z.record(z.string(), z.number()).optional(),
});
export type EmailCampaign = z.infer<typeof EmailCampaign>;

// ---------- Forms ----------

export const ProfileFormSubmission = z.object({
  'conversion-id': z.string(),
  timestamp: z.number().int(),
  'form-id': z.string(),
  'portal-id': z.number().int().optional(),
  'page-url': z.string().optional(),
  'page-title': z.string().optional(),
  title: z.string().optional(),
  'form-type': z.string().optional(),
});
export type ProfileFormSubmission = z.infer<typeof ProfileFormSubmission>;

/** `GET /contacts/v1/contact/email/{email}/profile` (legacy v1), trimmed to what we read. */
export const ContactProfile = z.object({
  vid: z.number().int(),
  'canonical-vid': z.number().int().optional(),
  'portal-id': z.number().int().optional(),
  'is-contact': z.boolean().optional(),
  'form-submissions': z.array(z.unknown()).optional(),
});
export type ContactProfile = z.infer<typeof ContactProfile>;

export const FormSubmissionValues = z.object({
  conversionId: z.string(),
  submittedAt: z.number().int(),
  pageUrl: z.string().optional(),
  values: z.array(z.object({ name: z.string(), value: z.string(), objectTypeId: z.string().optional() })),
});
export type FormSubmissionValues = z.infer<typeof FormSubmissionValues>;

/** `GET /form-integrations/v1/submissions/forms/{guid}`. */
export const FormSubmissionsResponse = z.object({
  results: z.array(z.unknown()),
  paging: Paging.optional(),
});
export type FormSubmissionsResponse = z.infer<typeof FormSubmissionsResponse>;

// ---------- Communication preferences ----------

export const SubscriptionStatus = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  status: z.enum(['SUBSCRIBED', 'NOT_SUBSCRIBED']),
  sourceOfStatus: z.string().optional(),
  brandId: z.number().int().nullable().optional(),
  preferenceGroupName: z.string().optional(),
  legalBasis: z.string().optional(),
  legalBasisExplanation: z.string().optional(),
});
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>;

/** `GET /communication-preferences/v3/status/email/{email}`. */
export const SubscriptionStatusesResponse = z.object({
  recipient: z.string(),
  subscriptionStatuses: z.array(z.unknown()),
});
export type SubscriptionStatusesResponse = z.infer<typeof SubscriptionStatusesResponse>;

// ---------- Errors ----------

/** Error body on 4xx/5xx, including the 429 `RATE_LIMIT` body. */
export const HubSpotErrorBody = z.object({
  status: z.literal('error'),
  message: z.string(),
  correlationId: z.string().optional(),
  category: z.string().optional(),
  errorType: z.string().optional(),
  policyName: z.string().optional(),
});
export type HubSpotErrorBody = z.infer<typeof HubSpotErrorBody>;
