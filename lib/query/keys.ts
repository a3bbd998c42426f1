import type { AuditQuery } from '../audit/query';
import type { PersonOnPage } from '../model/page-context';

/** Every TanStack Query key of the extension pages, in one place. */
export const queryKeys = {
  all: ['preflight'] as const,
  tabContext: (tabId: number) => ['preflight', 'tab-context', tabId] as const,
  brief: (person: PersonOnPage) =>
    ['preflight', 'brief', person.email ?? '', person.linkedinUrl ?? '', person.crmRecord?.id ?? ''] as const,
  workspace: () => ['preflight', 'workspace'] as const,
  settings: () => ['preflight', 'settings'] as const,
  connection: () => ['preflight', 'connection'] as const,
  outbox: (email: string) => ['preflight', 'outbox', email] as const,
  contactSearch: (query: string) => ['preflight', 'contact-search', query] as const,
  campaignLists: (query: string) => ['preflight', 'campaign-lists', query] as const,
  campaignListEmails: (listId: string) => ['preflight', 'campaign-list-emails', listId] as const,
  /** Everything the audit page shows; invalidated together after a team refresh or a purge. */
  audit: () => ['preflight', 'audit'] as const,
  auditRows: (query: AuditQuery, page: number) => ['preflight', 'audit', 'rows', query, page] as const,
  auditSummary: (query: AuditQuery, windowDays: number | undefined) =>
    ['preflight', 'audit', 'summary', query, windowDays ?? null] as const,
  account: (kind: string, name: string, hubspotRecordId: string) =>
    ['preflight', 'account', kind, name, hubspotRecordId] as const,
};

/** How long data may be served without asking the background again. */
export const StaleTime = {
  /** Briefs come from the local cache; the background revalidates against the CRM on its own schedule. */
  brief: 30_000,
  workspace: 60_000,
} as const;
