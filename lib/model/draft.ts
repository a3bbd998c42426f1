import { z } from 'zod';
import { EmailAddress } from './common';
import { Site } from './page-context';

/** An outgoing message as the guard sees it at send time. */
export const Draft = z.object({
  site: Site,
  to: z.array(EmailAddress).max(500),
  cc: z.array(EmailAddress).max(500),
  bcc: z.array(EmailAddress).max(500),
  /** LinkedIn messages have a profile, not an address. */
  linkedinRecipients: z.array(z.string().max(2048)).max(50).default([]),
  subject: z.string().max(2000),
  /** Body text the rep wrote: quoted history and signature already removed. */
  body: z.string().max(200_000),
});
export type Draft = z.infer<typeof Draft>;
