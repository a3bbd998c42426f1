import { z } from 'zod';
import { EmailAddress, HttpsUrl, IsoDateTime, RecordId } from './common';

/** Stable rule ids: other suites and the audit log key on them. */
export const RuleId = z.enum([
  'do-not-contact',
  'quote-offer-conflict',
  'campaign-offer-conflict',
  'duplicate-outreach',
  'deal-owner',
  'unknown-recipient',
]);
export type RuleId = z.infer<typeof RuleId>;

export const Severity = z.enum(['block', 'confirm', 'notice']);
export type Severity = z.infer<typeof Severity>;

export const Evidence = z.object({
  kind: z.enum(['policy', 'quote', 'marketing_email', 'outreach', 'deal', 'lookup']),
  /** Id of the record the evidence points at. */
  refId: RecordId.optional(),
  label: z.string().max(500),
  at: IsoDateTime.optional(),
  url: HttpsUrl.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Warning = z.object({
  ruleId: RuleId,
  severity: Severity,
  recipient: EmailAddress.optional(),
  title: z.string().max(300),
  detail: z.string().max(2000),
  /** One line telling the rep how to fix the draft. */
  fix: z.string().max(500),
  evidence: z.array(Evidence).max(20),
});
export type Warning = z.infer<typeof Warning>;

export const DecisionAction = z.enum(['edited', 'cancelled', 'sent_anyway']);
export type DecisionAction = z.infer<typeof DecisionAction>;

/** Hash of recipients + subject + body: identifies a draft without storing its text. */
export const DraftFingerprint = z.string().regex(/^[a-f0-9]{16,128}$/);

/** What the rep did about the warnings on one send attempt; the audit log's row. */
export const Decision = z.object({
  id: RecordId,
  at: IsoDateTime,
  userEmail: EmailAddress,
  site: z.enum(['gmail', 'linkedin']),
  recipients: z.array(z.string().max(2048)).max(500),
  warnings: z.array(Warning).max(2000),
  action: DecisionAction,
  reason: z.string().max(2000).optional(),
  draftFingerprint: DraftFingerprint,
});
export type Decision = z.infer<typeof Decision>;
