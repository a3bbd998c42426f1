import type { TeamFreshness } from '../../audit/messages';
import type { AuditRow } from '../../audit/row';
import type { AuditEntry } from '../../model/audit';
import type { CrmSource } from '../../model/common';
import type { PreflightDb } from '../db';

/**
 * Replaces a workspace's team rows with a fresh read, and records when: one transaction, so the page never sees
 * half of one read and half of the other. A read covers the whole retention window, hence replace, not add.
 */
export async function saveTeamAudit(
  db: PreflightDb,
  rows: readonly AuditRow[],
  freshness: TeamFreshness,
  campaignChecks: Extract<AuditEntry, { type: 'campaign_check' }>[],
): Promise<void> {
  await db.transaction('rw', [db.teamAudit, db.auditSync], async () => {
    await db.teamAudit.where('source').equals(freshness.source).delete();
    await db.teamAudit.bulkPut(rows.map((row) => ({ ...row, source: freshness.source })));
    await db.auditSync.put({ ...freshness, campaignChecks });
  });
}

/** A failed read keeps the last good rows and says what went wrong (no PII: the connector's own wording). */
export async function saveTeamAuditError(
  db: PreflightDb,
  source: CrmSource,
  message: string,
  at: string,
): Promise<TeamFreshness> {
  return db.transaction('rw', db.auditSync, async () => {
    const previous = await db.auditSync.get(source);
    const next = {
      ...(previous ?? { source, notes: 0, truncated: false, campaignChecks: [] }),
      error: message.slice(0, 300),
      errorAt: at,
    };
    await db.auditSync.put(next);
    const { campaignChecks: _checks, ...freshness } = next;
    return freshness;
  });
}
