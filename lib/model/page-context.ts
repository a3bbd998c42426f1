import { z } from 'zod';
import { EmailAddress, HttpsUrl, IsoDateTime } from './common';

export const Site = z.enum(['gmail', 'linkedin', 'hubspot', 'salesforce']);
export type Site = z.infer<typeof Site>;

export const PersonRole = z.enum(['sender', 'participant', 'recipient', 'profile', 'record']);
export type PersonRole = z.infer<typeof PersonRole>;

/** Someone a content script saw on the page. At least one key identifies them. */
export const PersonOnPage = z
  .object({
    email: EmailAddress.optional(),
    linkedinUrl: HttpsUrl.optional(),
    crmRecord: z
      .object({
        crm: z.enum(['hubspot', 'salesforce']),
        objectType: z.string().max(40),
        id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/),
        portalId: z
          .string()
          .regex(/^\d{1,20}$/)
          .optional(),
      })
      .optional(),
    name: z.string().max(300).optional(),
    role: PersonRole,
  })
  .refine((p) => p.email ?? p.linkedinUrl ?? p.crmRecord, 'a person needs an email, a LinkedIn URL or a CRM id');
export type PersonOnPage = z.infer<typeof PersonOnPage>;

/** Which screen of the site the tab shows; drives the sidebar's empty states. */
export const PageView = z.enum(['thread', 'thread_list', 'compose', 'profile', 'messaging', 'record', 'other']);
export type PageView = z.infer<typeof PageView>;

/** What a content script reports about its tab. Contains no page text beyond names and addresses. */
export const PageContext = z.object({
  site: Site,
  view: PageView,
  people: z.array(PersonOnPage).max(200),
  /** Subject of the open Gmail thread, shown as "which page" context in the sidebar. */
  title: z.string().max(500).optional(),
  observedAt: IsoDateTime,
});
export type PageContext = z.infer<typeof PageContext>;
