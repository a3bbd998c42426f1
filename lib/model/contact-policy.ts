import { z } from 'zod';
import { IsoDateTime, RecordId } from './common';

export const Channel = z.enum(['email', 'phone', 'linkedin', 'any']);
export type Channel = z.infer<typeof Channel>;

/**
 * Why a contact must (or should) not be contacted. Order matters for display: the strongest first.
 * `marketing_unsubscribed` does not forbid a 1:1 sales email; the rest do on their channel.
 */
export const DoNotContactKind = z.enum([
  'legal_hold',
  'email_opt_out',
  'bounced',
  'do_not_call',
  'marketing_unsubscribed',
]);
export type DoNotContactKind = z.infer<typeof DoNotContactKind>;

export const DoNotContactFlag = z.object({
  kind: DoNotContactKind,
  channel: Channel,
  /** Where the flag came from: "HubSpot: hs_email_optout", "Unsubscribe link", "Legal". */
  source: z.string().min(1).max(300),
  since: IsoDateTime,
  note: z.string().max(2000).optional(),
});
export type DoNotContactFlag = z.infer<typeof DoNotContactFlag>;

export const ContactPolicy = z.object({
  contactId: RecordId,
  flags: z.array(DoNotContactFlag).max(50),
});
export type ContactPolicy = z.infer<typeof ContactPolicy>;

const SEVERITY_ORDER = DoNotContactKind.options;

export function sortFlagsBySeverity(flags: readonly DoNotContactFlag[]): DoNotContactFlag[] {
  return [...flags].sort((a, b) => SEVERITY_ORDER.indexOf(a.kind) - SEVERITY_ORDER.indexOf(b.kind));
}

/** Flags that forbid a 1:1 sales email (as opposed to marketing mail). */
export function blocksSalesEmail(flag: DoNotContactFlag): boolean {
  return (
    (flag.channel === 'email' || flag.channel === 'any') &&
    (flag.kind === 'email_opt_out' || flag.kind === 'legal_hold' || flag.kind === 'bounced')
  );
}

/** Short words for each flag, for sentences ("Dana opted out of email"). */
export const FLAG_WORDS: Readonly<Record<DoNotContactKind, string>> = {
  legal_hold: 'legal hold',
  email_opt_out: 'opted out of email',
  bounced: 'email bounced',
  do_not_call: 'do not call',
  marketing_unsubscribed: 'unsubscribed from marketing',
};
