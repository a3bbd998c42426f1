import type { WorkspaceSnapshot } from '../model/workspace';

/** What a connector returns for a person it found: the records to cache for their brief. */
export type ContactMatchCandidate = Pick<
  WorkspaceSnapshot,
  'contacts' | 'policies' | 'forms' | 'marketing' | 'quotes' | 'deals' | 'outreach' | 'users'
>;
