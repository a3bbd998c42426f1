import { z } from 'zod';
import { IsoDateTime } from '../model/common';
import { AuditDecision, AuditRuleId } from './row';

/**
 * The shapes of the audit page's charts and duplicate-outreach view: the source of their types (aggregate.ts,
 * duplicate-outreach.ts) and of the `audit/summary` reply.
 */

export const WeekCount = z.object({
  /** `2026-W48`. */
  week: z.string().max(10),
  /** The week's Monday, `2026-11-23`. */
  monday: z.string().max(10),
  total: z.number().int().min(0),
  byRule: z.record(AuditRuleId, z.number().int().min(0)),
});

export const OverrideRate = z.object({
  /** The rep's email or the rule id. */
  key: z.string().max(320),
  label: z.string().max(200).optional(),
  /** Warnings shown. */
  shown: z.number().int().min(0),
  /** Warnings with a decision (edited, cancelled or sent anyway); `none` is not a decision. */
  decided: z.number().int().min(0),
  overridden: z.number().int().min(0),
  /** overridden / decided, or null when nothing was decided (no rate, rather than a misleading 0 %). */
  rate: z.number().min(0).max(1).nullable(),
});

export const ContactConflicts = z.object({
  contact: z.string().max(2048),
  company: z.string().max(300).optional(),
  warnings: z.number().int().min(0),
  overridden: z.number().int().min(0),
  rules: z.array(AuditRuleId),
  reps: z.array(z.string().max(320)),
  lastAt: IsoDateTime,
});

/** The campaign reasons that mean "this campaign walked into a live sales conversation". */
export const COLLISION_REASONS = [
  'open-quote',
  'quote-offer-conflict',
  'campaign-offer-conflict',
  'active-deal',
] as const;
export const CollisionReason = z.enum(COLLISION_REASONS);

export const CampaignCollision = z.object({
  id: z.string().max(200),
  campaign: z.string().max(200),
  at: IsoDateTime,
  by: z.string().max(320),
  offer: z.string().max(500).optional(),
  total: z.number().int().min(0),
  held: z.number().int().min(0),
  collisions: z.record(CollisionReason, z.number().int().min(0)),
  /** Sum of the collision counts (a recipient held for two reasons counts twice, as in the check's summary). */
  collided: z.number().int().min(0),
});

/** One rep reaching one contact: a CRM outreach record, or a send the guard saw go out. */
export const Touch = z.object({
  /** The contact's address (lower case), or its record id when the address is unknown. */
  contact: z.string().max(2048),
  /** The company's name or domain; touches without one only count per contact. */
  company: z.string().max(300).optional(),
  /** The rep's email where known, else their user id. */
  rep: z.string().max(320),
  repName: z.string().max(200).optional(),
  at: IsoDateTime,
  source: z.enum(['outreach', 'decision']),
  /** Email, call, meeting… for CRM records; absent for guard decisions (an email or LinkedIn message). */
  channel: z.string().max(40).optional(),
});

export const DuplicateWarning = z.object({
  at: IsoDateTime,
  rep: z.string().max(320),
  contact: z.string().max(2048).optional(),
  decision: AuditDecision,
  reason: z.string().max(2000).optional(),
});

/** `heeded`: every decided warning was edited or cancelled; `overridden`: one was sent anyway. */
export const DuplicateOutcome = z.enum(['not_warned', 'heeded', 'overridden', 'undecided']);

export const DuplicateOutreach = z.object({
  kind: z.enum(['contact', 'company']),
  /** The contact's address or id, or the company. */
  key: z.string().max(2048),
  reps: z.array(z.string().max(320)),
  /** The touches that took part in a duplicate, oldest first. */
  touches: z.array(Touch),
  firstAt: IsoDateTime,
  lastAt: IsoDateTime,
  /** Duplicate-outreach warnings shown about it, between N days before the first touch and N days after the last. */
  warnings: z.array(DuplicateWarning),
  outcome: DuplicateOutcome,
});
