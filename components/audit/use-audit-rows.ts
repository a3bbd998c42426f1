import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { AuditQuery } from '../../lib/audit/query';
import type { AuditRow } from '../../lib/audit/row';
import { request } from '../../lib/messaging/client';
import { queryKeys } from '../../lib/query/keys';

/** Rows per request: a screen holds about 20; a page of 200 keeps scrolling smooth with few messages. */
export const AUDIT_VIEW_PAGE = 200;

function fetchPage(query: AuditQuery, page: number) {
  return request({ type: 'audit/rows', query, offset: page * AUDIT_VIEW_PAGE, limit: AUDIT_VIEW_PAGE });
}

/** The first page of the log: its total, its reps and the team data's freshness come with it. */
export function useAuditHead(query: AuditQuery) {
  return useQuery({
    queryKey: queryKeys.auditRows(query, 0),
    queryFn: () => fetchPage(query, 0),
    placeholderData: keepPreviousData,
  });
}

/**
 * The log, page by page: the first page always (it carries the total, the reps and the team data's freshness),
 * then only the pages under the rows in view. The background keeps the filtered, sorted log, so a page is a slice.
 */
export function useAuditRows(query: AuditQuery, firstIndex: number, lastIndex: number) {
  const head = useAuditHead(query);
  const total = head.data?.total ?? 0;
  const wanted: number[] = [];
  if (total > 0) {
    const first = Math.floor(Math.max(0, firstIndex) / AUDIT_VIEW_PAGE);
    const last = Math.floor(Math.min(total - 1, Math.max(0, lastIndex)) / AUDIT_VIEW_PAGE);
    for (let page = Math.max(1, first); page <= last; page++) wanted.push(page);
  }
  const pages = useQueries({
    queries: wanted.map((page) => ({
      queryKey: queryKeys.auditRows(query, page),
      queryFn: () => fetchPage(query, page),
    })),
  });
  const byPage = new Map<number, readonly AuditRow[]>();
  if (head.data) byPage.set(0, head.data.rows);
  wanted.forEach((page, i) => {
    const rows = pages[i]?.data?.rows;
    if (rows) byPage.set(page, rows);
  });
  const rowAt = (index: number): AuditRow | undefined =>
    byPage.get(Math.floor(index / AUDIT_VIEW_PAGE))?.[index % AUDIT_VIEW_PAGE];
  return { head, total, rowAt };
}
