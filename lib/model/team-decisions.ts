import { z } from 'zod';
import { IsoDateTime } from './common';
import { AuditEntry } from './audit';

/** A decision note as the CRM returns it: the rich-text body the guard wrote, when, and the rep who owns it. */
export const TeamNote = z.object({
  /** The CRM's id of the note. */
  id: z.string().min(1).max(100),
  /** `hs_note_body`: HTML, as the CRM stores it. */
  body: z.string().max(70_000),
  timestamp: IsoDateTime,
  /** The CRM's id of the rep who owns the note, when set. */
  ownerId: z.string().max(100).optional(),
});
export type TeamNote = z.infer<typeof TeamNote>;

/** The team's decisions a connector could read back since a date. */
export const TeamDecisions = z.object({
  notes: z.array(TeamNote),
  /** More notes matched than the source lets one search return (HubSpot: 10,000); the oldest were left out. */
  truncated: z.boolean(),
  /** Campaign checks of the team, where the source keeps them (the demo; HubSpot has no such record). */
  campaignChecks: z.array(AuditEntry).optional(),
  /**
   * Warnings shown on other browsers with no decision (tab closed). No CRM note records those — notes are written
   * on a decision — so only the demo, which holds the whole story, returns them.
   */
  unanswered: z.array(AuditEntry).optional(),
});
export type TeamDecisions = z.infer<typeof TeamDecisions>;
