import { z } from 'zod';
import { CrmSource, EmailAddress } from './common';
import { RuleId, Severity } from './warning';

export const RuleSettings = z.object({
  enabled: z.boolean(),
  severity: Severity,
  /** Look-back window for rules that need one (campaign offers, duplicate outreach). */
  windowDays: z.number().int().min(1).max(365).optional(),
});
export type RuleSettings = z.infer<typeof RuleSettings>;

/** A HubSpot property's internal name: lower case, digits and underscores. */
export const HubSpotPropertyName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,99}$/, 'use the internal name: lower case letters, digits and _');

/** How the brief rates a contact's temperature (lib/insights/temperature.ts). */
export const TemperatureSettings = z.object({
  /** Only behaviour within this many days counts. */
  windowDays: z.number().int().min(1).max(365),
  /** Score at or above which a contact is hot. */
  hotScore: z.number().int().min(1).max(100),
  /** Score at or above which a contact is warm (below hotScore). */
  warmScore: z.number().int().min(1).max(100),
});
export type TemperatureSettings = z.infer<typeof TemperatureSettings>;

export const DEFAULT_TEMPERATURE: TemperatureSettings = { windowDays: 14, hotScore: 6, warmScore: 2 };

export const Settings = z.object({
  workspace: CrmSource,
  /** The signed-in rep; decides "colleague" and "owned by someone else". */
  currentUserEmail: EmailAddress,
  /** The seller's own domains: addresses there are colleagues, never customers. */
  sellerDomains: z.array(z.string().min(1).max(253)).min(1).max(50),
  /** Minutes after which a cached brief section is revalidated in the background. */
  briefStaleMinutes: z.number().int().min(1).max(10_080),
  /** Do-not-contact flags older than this are re-checked before a send. */
  dncRevalidateMinutes: z.number().int().min(1).max(1440),
  /** Whether a block-level warning can be overridden with a reason. */
  allowBlockOverride: z.boolean(),
  rules: z.record(RuleId, RuleSettings),
  /**
   * HubSpot has no standard do-not-call or legal-hold property: the names this portal uses (internal names,
   * e.g. `do_not_call`). Optional so settings saved before issue 4 still parse.
   */
  hubspotFlagProperties: z
    .object({ doNotCall: HubSpotPropertyName.optional(), legalHold: HubSpotPropertyName.optional() })
    .optional(),
  /** Thresholds of the hot / warm / cold rating; optional so settings saved before it still parse. */
  temperature: TemperatureSettings.optional(),
  /** Contact properties that hold a LinkedIn profile URL in this portal, searched together (at most 5). */
  hubspotLinkedInProperties: z.array(HubSpotPropertyName).min(1).max(5).optional(),
  /** Audit entries older than this many days are purged; optional so settings saved before it still parse. */
  auditRetentionDays: z.number().int().min(1).max(3650).optional(),
});
export type Settings = z.infer<typeof Settings>;

/** Half a year: long enough for a quarter's review and the one before it, short enough not to hoard. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 180;

export const DEFAULT_SETTINGS: Settings = {
  workspace: 'demo',
  currentUserEmail: 'alex.morgan@example.com',
  sellerDomains: ['example.com'],
  briefStaleMinutes: 15,
  dncRevalidateMinutes: 15,
  allowBlockOverride: true,
  rules: {
    'do-not-contact': { enabled: true, severity: 'block' },
    'quote-offer-conflict': { enabled: true, severity: 'confirm' },
    'campaign-offer-conflict': { enabled: true, severity: 'confirm', windowDays: 14 },
    'duplicate-outreach': { enabled: true, severity: 'confirm', windowDays: 7 },
    'deal-owner': { enabled: true, severity: 'notice' },
    'unknown-recipient': { enabled: true, severity: 'notice' },
  },
  hubspotFlagProperties: { doNotCall: 'do_not_call', legalHold: 'legal_hold' },
  hubspotLinkedInProperties: ['hs_linkedin_url'],
  temperature: DEFAULT_TEMPERATURE,
  auditRetentionDays: DEFAULT_AUDIT_RETENTION_DAYS,
};
