import { z } from 'zod';
import { CrmSource, IsoDateTime } from '../model/common';
import { AuditQuery } from './query';
import { AuditRow } from './row';
import { CampaignCollision, ContactConflicts, DuplicateOutreach, OverrideRate, WeekCount } from './summary-schema';

/**
 * How fresh the team's part of the log is. `readAt` is the last successful read (absent: never read); `error` says
 * why the last attempt failed, the rows of the last success being kept meanwhile.
 */
export const TeamFreshness = z.object({
  source: CrmSource,
  readAt: IsoDateTime.optional(),
  /** The read covered decisions from this time on (the retention window). */
  since: IsoDateTime.optional(),
  /** Decision notes read. */
  notes: z.number().int().min(0),
  /** More notes matched than one read may return; the oldest were left out. */
  truncated: z.boolean(),
  error: z.string().max(300).optional(),
  errorAt: IsoDateTime.optional(),
});
export type TeamFreshness = z.infer<typeof TeamFreshness>;

/**
 * Rows per `audit/rows` page. The page asks for what it shows (a virtualised window) and pages through the whole
 * filtered log to export it; the background keeps the last filtered, sorted result, so each page is a slice.
 */
export const AUDIT_PAGE_MAX = 1000;

/** After this long the page should ask for `audit/team-refresh` (the CRM is read only on request). */
export const TEAM_STALE_MINUTES = 60;

export const AuditRep = z.object({ email: z.string().max(320), name: z.string().max(200).optional() });

export const AuditRowsRequest = z
  .object({
    type: z.literal('audit/rows'),
    query: AuditQuery,
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX),
  })
  .strict();

export const AuditRowsReply = z.object({
  rows: z.array(AuditRow).max(AUDIT_PAGE_MAX),
  /** Rows matching the query, all pages. */
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  /** Every rep in the log (unfiltered), for the rep filter. */
  reps: z.array(AuditRep),
  teamFreshness: TeamFreshness,
});

export const AuditSummaryRequest = z
  .object({
    type: z.literal('audit/summary'),
    query: AuditQuery,
    /** Duplicate-outreach window; the rule's own setting when absent. */
    windowDays: z.number().int().min(1).max(90).optional(),
    topContacts: z.number().int().min(1).max(50).optional(),
  })
  .strict();

export const MAX_DUPLICATES = 500;

export const AuditSummaryReply = z.object({
  perWeek: z.array(WeekCount),
  overrideByRep: z.array(OverrideRate),
  overrideByRule: z.array(OverrideRate),
  topContacts: z.array(ContactConflicts).max(50),
  campaignCollisions: z.array(CampaignCollision),
  duplicates: z.array(DuplicateOutreach).max(MAX_DUPLICATES),
  /** Duplicates found, before the cut to MAX_DUPLICATES. */
  duplicatesTotal: z.number().int().min(0),
  windowDays: z.number().int().min(1),
  teamFreshness: TeamFreshness,
});

export const AuditTeamRefreshRequest = z.object({ type: z.literal('audit/team-refresh') }).strict();
export const AuditTeamRefreshReply = z.object({ teamFreshness: TeamFreshness });

export const AuditPurgeRequest = z.object({ type: z.literal('audit/purge') }).strict();
export const AuditPurgeReply = z.object({
  retentionDays: z.number().int().min(1),
  deletedLocal: z.number().int().min(0),
  deletedTeam: z.number().int().min(0),
});
