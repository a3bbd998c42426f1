import { z } from 'zod';
import { EmailAddress } from './common';

/** Most recipients a CRM list gives a campaign check; the rest of a bigger list is left out, and the page says so. */
export const MAX_LIST_RECIPIENTS = 100_000;
/** Members read per page (one page per message, so the page shows progress and a stopped worker loses one page). */
export const LIST_PAGE_MEMBERS = 500;
/** Lists offered at once; a portal with more is searched by name. */
export const MAX_LISTS_SHOWN = 100;

/** A CRM list of contacts a campaign can be checked against (HubSpot: a contact list, also called a segment). */
export const ContactListSummary = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().max(300),
  /** Members as the CRM counts them; HubSpot's figure is approximate and absent while a list is processing. */
  size: z.number().int().min(0).optional(),
  /** HubSpot: MANUAL (static), DYNAMIC (active) or SNAPSHOT. */
  processingType: z.string().max(40).optional(),
});
export type ContactListSummary = z.infer<typeof ContactListSummary>;

/** The cursor of the next page: opaque to everyone but the connector that made it. */
export const ListCursor = z.string().regex(/^[A-Za-z0-9_=+/.-]{1,512}$/);

/** One page of a list's members, as primary addresses. */
export const ListEmailsPage = z.object({
  emails: z.array(EmailAddress).max(LIST_PAGE_MEMBERS),
  /** Members on this page without a usable primary address (or deleted since they were added): not checkable. */
  withoutEmail: z.number().int().min(0),
  /** Members the CRM failed to read (not "not there"): they are not checked, and the page says so. */
  unread: z.number().int().min(0),
  next: ListCursor.optional(),
  /** All members of the list, when the CRM says. */
  total: z.number().int().min(0).optional(),
});
export type ListEmailsPage = z.infer<typeof ListEmailsPage>;

/** Why lists cannot be offered: fixed wording chosen by the background, never a CRM response. */
export const ListsUnavailable = z.object({
  status: z.literal('unavailable'),
  reason: z.enum(['missing_scope', 'reconnect', 'not_supported', 'error']),
  message: z.string().max(300),
});
export type ListsUnavailable = z.infer<typeof ListsUnavailable>;
