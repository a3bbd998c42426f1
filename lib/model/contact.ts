import { z } from 'zod';
import { CrmSource, EmailAddress, HttpsUrl, IsoDateTime, RecordId } from './common';

export const CrmIds = z.object({
  hubspot: z.object({ portalId: z.string().regex(/^\d+$/), id: z.string().regex(/^\d+$/) }).optional(),
  salesforce: z.object({ id: z.string().regex(/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/) }).optional(),
});
export type CrmIds = z.infer<typeof CrmIds>;

export const Company = z.object({
  name: z.string().min(1).max(300),
  /** Lower-case registrable domain, e.g. northwind-traders.com. */
  domain: z.string().max(253).optional(),
});
export type Company = z.infer<typeof Company>;

export const Contact = z.object({
  id: RecordId,
  source: CrmSource,
  crmIds: CrmIds,
  /** Every address known for this person, normalised; the first is the primary. */
  emails: z.array(EmailAddress).max(20),
  linkedinUrl: HttpsUrl.optional(),
  name: z.string().min(1).max(300),
  title: z.string().max(300).optional(),
  company: Company.optional(),
  /** User id of the record owner. */
  ownerId: RecordId.optional(),
  updatedAt: IsoDateTime,
});
export type Contact = z.infer<typeof Contact>;
