import type { BriefSectionName } from '../model/brief';
import type { WorkspaceSnapshot } from '../model/workspace';

/** What the source could not give for each brief section (ids, field names, error kinds; no PII). */
export type PartialBySection = Partial<Record<BriefSectionName, string[]>>;

/** What a connector returns for a person it found: the records to cache for their brief. */
export type ContactMatchCandidate = Pick<
  WorkspaceSnapshot,
  'contacts' | 'policies' | 'forms' | 'marketing' | 'quotes' | 'deals' | 'outreach' | 'users'
> & {
  /** Sections the source could only partly read; each becomes a "partial" mark on the brief. */
  partial?: PartialBySection;
};

/**
 * Many contacts by email in one go (campaign lists): flags, deals and open quotes, and which addresses were not
 * answered. Rep and marketing emails are not part of it (no bulk read within the rate budget).
 */
export interface ContactsByEmail {
  contacts: WorkspaceSnapshot['contacts'];
  policies: WorkspaceSnapshot['policies'];
  deals: WorkspaceSnapshot['deals'];
  /** Open quotes only, with their line items: what the campaign's quote rules need. */
  quotes: WorkspaceSnapshot['quotes'];
  /** Addresses the source answered "no such contact" for. */
  notFound: string[];
  /** Addresses whose read failed: unknown, never "not there". */
  unknown: string[];
  /** What could not be read, without PII. */
  partial: string[];
}
