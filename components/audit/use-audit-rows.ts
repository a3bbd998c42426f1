import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { z } from 'zod';
import type { AuditRowsReply as AuditRowsReplySchema } from '../../lib/audit/messages';
import type { AuditQuery } from '../../lib/audit/query';
import type { AuditRow } from '../../lib/audit/row';
import { request } from '../../lib/messaging/client';
import { queryKeys } from '../../lib/query/keys';

type AuditRowsReply = z.infer<typeof AuditRowsReplySchema>;

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
 * The rows of the log under the rows in view, page by page (page 0 comes from the head query): the background
 * keeps the filtered, sorted log, so a page is a slice.
 */
export function useAuditPages(
  query: AuditQuery,
  head: AuditRowsReply | undefined,
  firstIndex: number,
  lastIndex: number,
) {
  const total = head?.total ?? 0;
  const wanted: number[] = [];
  if (total > 0) {
    const first = Math.floor(Math.max(0, firstIndex) / AUDIT_VIEW_PAGE);
    const last = Math.floor(Math.min(total - 1, Math.max(0, lastIndex)) / AUDIT_VIEW_PAGE);
    for (let page = Math.max(1, first); page <= last; page++) wanted.push(page);
  }
  // The same pages keep the same query objects, so scrolling within them does not re-subscribe.
  const wantedKey = wanted.join(',');
  const queries = useMemo(
    () =>
      (wantedKey ? wantedKey.split(',').map(Number) : []).map((page) => ({
        queryKey: queryKeys.auditRows(query, page),
        queryFn: () => fetchPage(query, page),
      })),
    [query, wantedKey],
  );
  const pages = useQueries({ queries });
  const byPage = new Map<number, readonly AuditRow[]>();
  if (head) byPage.set(0, head.rows);
  wanted.forEach((page, i) => {
    const rows = pages[i]?.data?.rows;
    if (rows) byPage.set(page, rows);
  });
  return (index: number): AuditRow | undefined =>
    byPage.get(Math.floor(index / AUDIT_VIEW_PAGE))?.[index % AUDIT_VIEW_PAGE];
}
