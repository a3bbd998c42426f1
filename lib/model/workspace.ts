import { z } from 'zod';
import { CrmSource, IsoDateTime, RecordId } from './common';
import { Contact } from './contact';
import { ContactPolicy } from './contact-policy';
import { Deal } from './deal';
import { FormSubmission } from './form-submission';
import { MarketingEmail } from './marketing-email';
import { Outreach } from './outreach';
import { Quote } from './quote';
import { User } from './user';

export const Product = z.object({
  id: RecordId,
  name: z.string().min(1).max(300),
  /** Other names reps use for it in emails ("annual plan", "Fleet annual"). */
  aliases: z.array(z.string().max(200)).max(20).default([]),
});
export type Product = z.infer<typeof Product>;

/** Everything a connector can hand the cache in one go (the demo seeds with this). */
export const WorkspaceSnapshot = z.object({
  source: CrmSource,
  label: z.string().max(200),
  generatedAt: IsoDateTime,
  currentUserId: RecordId,
  users: z.array(User),
  products: z.array(Product),
  contacts: z.array(Contact),
  policies: z.array(ContactPolicy),
  forms: z.array(FormSubmission),
  marketing: z.array(MarketingEmail),
  quotes: z.array(Quote),
  deals: z.array(Deal),
  outreach: z.array(Outreach),
});
export type WorkspaceSnapshot = z.infer<typeof WorkspaceSnapshot>;

/** What the cache knows about the workspace it holds. */
export const WorkspaceMeta = z.object({
  source: CrmSource,
  label: z.string().max(200),
  isDemo: z.boolean(),
  seededAt: IsoDateTime,
  /** The signed-in rep's user id in this workspace; absent when the CRM has no owner with their email. */
  currentUserId: RecordId.optional(),
  contactCount: z.number().int().min(0),
});
export type WorkspaceMeta = z.infer<typeof WorkspaceMeta>;
