import type { z } from 'zod';
import { campaignCollisions, overrideRates, topConflictContacts, warningsPerWeek } from '../../lib/audit/aggregate';
import { findDuplicateOutreach } from '../../lib/audit/duplicate-outreach';
import {
  MAX_DUPLICATES,
  type AuditRowsReply,
  type AuditSummaryReply,
  type TeamFreshness,
} from '../../lib/audit/messages';
import { parseTeamNote } from '../../lib/audit/parse-team-note';
import { filterAuditRows, queryAuditRows, type AuditQuery } from '../../lib/audit/query';
import { buildAuditRows, type AuditRow } from '../../lib/audit/row';
import type { PreflightDb } from '../../lib/cache/db';
import { auditStamp, readAuditSource, rowContext, type AuditSource } from '../../lib/cache/read/audit-source';
import { purgeAuditOlderThan, purgeTeamAuditOlderThan } from '../../lib/cache/write/audit-retention';
import { saveTeamAudit, saveTeamAuditError } from '../../lib/cache/write/team-audit';
import { DEFAULT_AUDIT_RETENTION_DAYS, type Settings } from '../../lib/model/settings';
import type { ConnectionPort } from './connection-manager';

type RowsReply = z.infer<typeof AuditRowsReply>;
type SummaryReply = z.infer<typeof AuditSummaryReply>;

export interface AuditServiceDeps {
  db: PreflightDb;
  connection: ConnectionPort;
  loadSettings: () => Promise<Settings>;
  now: () => Date;
}

const DAY_MS = 86_400_000;

export function retentionDays(settings: Settings): number {
  return settings.auditRetentionDays ?? DEFAULT_AUDIT_RETENTION_DAYS;
}

/**
 * The audit page's data in the background. The log is read from IndexedDB once and kept while nothing changed
 * (auditStamp), and so is the last query's filtered, sorted rows: paging through 100,000 rows for the view or the
 * export is then a slice per page instead of a re-sort. The worker may die at any time; all of it is re-derived.
 */
export function createAuditService(deps: AuditServiceDeps) {
  let loaded: { stamp: string; source: AuditSource } | undefined;
  let lastQuery: { stamp: string; key: string; rows: AuditRow[] } | undefined;

  /** A load in progress, shared: requests arriving together (the view's pages, the export) read the log once. */
  let loading: { stamp: string; promise: Promise<{ stamp: string; source: AuditSource }> } | undefined;

  async function current(): Promise<{ stamp: string; source: AuditSource }> {
    const { source } = await deps.connection.active();
    const stamp = await auditStamp(deps.db, source);
    if (loaded?.stamp === stamp) return loaded;
    if (loading?.stamp !== stamp) {
      const promise = readAuditSource(deps.db, source).then((read) => {
        loaded = { stamp, source: read };
        return loaded;
      });
      loading = { stamp, promise };
      promise.catch(() => {
        if (loading?.promise === promise) loading = undefined;
      });
    }
    return loading.promise;
  }

  async function queried(query: AuditQuery): Promise<{ source: AuditSource; rows: AuditRow[] }> {
    const { stamp, source } = await current();
    const key = JSON.stringify(query);
    if (lastQuery?.stamp !== stamp || lastQuery.key !== key) {
      lastQuery = { stamp, key, rows: queryAuditRows(source.rows, query) };
    }
    return { source, rows: lastQuery.rows };
  }

  return {
    async rows(query: AuditQuery, offset: number, limit: number): Promise<RowsReply> {
      const { source, rows } = await queried(query);
      return {
        rows: rows.slice(offset, offset + limit),
        total: rows.length,
        offset,
        reps: source.reps,
        teamFreshness: source.freshness,
      };
    },

    async summary(query: AuditQuery, windowDays?: number, top = 10): Promise<SummaryReply> {
      const settings = await deps.loadSettings();
      const days = windowDays ?? settings.rules['duplicate-outreach']?.windowDays ?? 7;
      const { source } = await current();
      const rows = filterAuditRows(source.rows, { ...query, sort: undefined });
      const from = query.from ? new Date(query.from).toISOString() : undefined;
      const to = query.to ? new Date(query.to).toISOString() : undefined;
      const inRange = (at: string) => (!from || at >= from) && (!to || at < to);
      // Duplicates are found over every touch (a colleague's touch before the range still makes one), then kept
      // when they reach into the range and match the rep and contact/company filters.
      const duplicates = findDuplicateOutreach(source.touches, source.rows, days).filter(
        (d) =>
          (!to || d.firstAt < to) &&
          (!from || d.lastAt >= from) &&
          (!query.reps?.length || d.reps.some((r) => query.reps!.includes(r))) &&
          (!query.contact || d.kind !== 'contact' || d.key.includes(query.contact.toLowerCase())) &&
          (!query.company || d.touches.some((t) => t.company?.toLowerCase().includes(query.company!.toLowerCase()))),
      );
      return {
        perWeek: warningsPerWeek(rows),
        overrideByRep: overrideRates(rows, 'rep'),
        overrideByRule: overrideRates(rows, 'rule'),
        topContacts: topConflictContacts(rows, top),
        campaignCollisions: campaignCollisions(source.campaignChecks.filter((c) => inRange(c.at))),
        duplicates: duplicates.slice(0, MAX_DUPLICATES),
        duplicatesTotal: duplicates.length,
        windowDays: days,
        teamFreshness: source.freshness,
      };
    },

    /** Reads the team's decisions for the retention window from the CRM and stores them in place of the last read. */
    async refreshTeam(): Promise<TeamFreshness> {
      const [settings, active] = await Promise.all([deps.loadSettings(), deps.connection.active()]);
      const now = deps.now();
      const connector = active.connector;
      if (!connector.fetchTeamDecisions) {
        return saveTeamAuditError(
          deps.db,
          active.source,
          'This workspace cannot read team decisions.',
          now.toISOString(),
        );
      }
      const since = new Date(now.getTime() - retentionDays(settings) * DAY_MS);
      try {
        const read = await connector.fetchTeamDecisions(since, now);
        const addresses = read.notes.flatMap((n) => n.body.match(/[^\s<>();:"'[\]]+@[^\s<>();:"'[\]]+/g) ?? []);
        const unanswered = read.unanswered ?? [];
        for (const u of unanswered) if (u.type !== 'campaign_check') addresses.push(...u.recipients);
        const ctx = await rowContext(deps.db, addresses);
        const rows = [
          ...read.notes.flatMap((note) => parseTeamNote(note, ctx) ?? []),
          ...buildAuditRows(unanswered, ctx).map((row) => ({ ...row, origin: 'team' as const })),
        ];
        const freshness: TeamFreshness = {
          source: active.source,
          readAt: now.toISOString(),
          since: since.toISOString(),
          notes: read.notes.length,
          truncated: read.truncated,
        };
        const checks = (read.campaignChecks ?? []).filter((c) => c.type === 'campaign_check');
        await saveTeamAudit(deps.db, rows, freshness, checks);
        return freshness;
      } catch (error) {
        // The connector's errors name the step and the HTTP status, never a person.
        const message = error instanceof Error ? error.message : 'The CRM could not be read.';
        return saveTeamAuditError(deps.db, active.source, message, now.toISOString());
      }
    },

    async purge(): Promise<{ retentionDays: number; deletedLocal: number; deletedTeam: number }> {
      return purgeExpiredAudit(deps.db, await deps.loadSettings(), deps.now());
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;

/** Deletes local and team audit rows past the retention setting; also run when the worker wakes (no alarms API). */
export async function purgeExpiredAudit(
  db: PreflightDb,
  settings: Settings,
  now: Date,
): Promise<{ retentionDays: number; deletedLocal: number; deletedTeam: number }> {
  const days = retentionDays(settings);
  const [deletedLocal, deletedTeam] = await Promise.all([
    purgeAuditOlderThan(db, days, now),
    purgeTeamAuditOlderThan(db, days, now),
  ]);
  return { retentionDays: days, deletedLocal, deletedTeam };
}
