import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { TEAM_STALE_MINUTES } from '../../lib/audit/messages';
import { DEFAULT_SORT, type AuditQuery, type AuditSortKey } from '../../lib/audit/query';
import { request } from '../../lib/messaging/client';
import { queryKeys } from '../../lib/query/keys';
import { useSettings } from '../providers/use-settings';
import { AuditCharts } from './AuditCharts';
import { AuditFilters } from './AuditFilters';
import { AuditLogTable } from './AuditLogTable';
import { DuplicateOutreachView } from './DuplicateOutreachView';
import { ExportButton } from './ExportButton';
import { RetentionControl } from './RetentionControl';
import { TeamFreshnessBar } from './TeamFreshnessBar';
import { useAuditHead } from './use-audit-rows';

const TABS = [
  { id: 'log', label: 'Warnings and decisions' },
  { id: 'duplicates', label: 'Duplicate outreach' },
  { id: 'charts', label: 'Charts' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/**
 * The manager's audit: every warning reps were shown and what they did, this browser's and the team's (read back
 * from the CRM), with filters shared by the log, the duplicate-outreach view and the charts.
 */
export function AuditApp() {
  const client = useQueryClient();
  const settings = useSettings();
  const [tab, setTab] = useState<Tab>('log');
  const [query, setQuery] = useState<AuditQuery>({ sort: DEFAULT_SORT });
  const [windowDays, setWindowDays] = useState<number | undefined>();
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ log: null, duplicates: null, charts: null });

  const head = useAuditHead(query);
  const summary = useQuery({
    queryKey: queryKeys.auditSummary(query, windowDays),
    queryFn: () => request({ type: 'audit/summary', query, ...(windowDays ? { windowDays } : {}) }),
    placeholderData: keepPreviousData,
    enabled: tab !== 'log',
  });
  const refresh = useMutation({
    mutationFn: () => request({ type: 'audit/team-refresh' }),
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.audit() }),
  });
  const freshness = head.data?.teamFreshness;

  // The team's decisions are read from the CRM when the page opens with none read lately, never on every view.
  const autoRefreshed = useRef(false);
  useEffect(() => {
    if (!freshness || autoRefreshed.current) return;
    const age = freshness.readAt ? Date.now() - Date.parse(freshness.readAt) : Infinity;
    if (age > TEAM_STALE_MINUTES * 60_000 && !freshness.error) {
      autoRefreshed.current = true;
      refresh.mutate();
    }
  }, [freshness, refresh]);

  const onSort = useCallback((key: AuditSortKey) => {
    setQuery((q) => {
      const current = q.sort ?? DEFAULT_SORT;
      const dir = current.key === key && current.dir === 'desc' ? 'asc' : current.key === key ? 'desc' : 'asc';
      return { ...q, sort: { key, dir: key === 'at' && current.key !== 'at' ? 'desc' : dir } };
    });
  }, []);

  function onTabKey(event: React.KeyboardEvent, index: number) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(index + step + TABS.length) % TABS.length]!.id;
    setTab(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <main className="audit-page">
      <header className="page-header">
        <h1>Audit log</h1>
        <p className="muted">
          Every warning reps were shown before a send, what they decided and why, and where several reps reached the
          same customer.
        </p>
        <TeamFreshnessBar freshness={freshness} refreshing={refresh.isPending} onRefresh={() => refresh.mutate()} />
      </header>
      <section className="panel">
        <AuditFilters query={query} reps={head.data?.reps ?? []} onChange={setQuery} />
        <div className="button-row">
          <ExportButton query={query} />
        </div>
      </section>
      <div role="tablist" aria-label="Views" className="tabs">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section className="panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'log' ? <AuditLogTable query={query} onSort={onSort} /> : null}
        {tab !== 'log' && summary.isPending ? <p className="muted">Counting…</p> : null}
        {tab !== 'log' && summary.isError ? (
          <p className="form-error" role="alert">
            The summary could not be computed: {summary.error.message}
          </p>
        ) : null}
        {tab === 'duplicates' && summary.data ? (
          <DuplicateOutreachView
            summary={summary.data}
            windowDays={windowDays ?? summary.data.windowDays}
            onWindowDays={setWindowDays}
          />
        ) : null}
        {tab === 'charts' && summary.data ? <AuditCharts summary={summary.data} /> : null}
      </section>
      <section className="panel">
        <h2>Retention</h2>
        <RetentionControl settings={settings.data} />
      </section>
    </main>
  );
}
