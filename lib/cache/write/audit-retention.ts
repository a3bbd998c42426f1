import type { PreflightDb } from '../db';

const DAY_MS = 86_400_000;

/**
 * Deletes audit entries (warnings shown, decisions, campaign checks) older than `days` before `now`, by the `at`
 * index in one transaction; returns how many went. An attempt straddling the cut keeps its newer half: a decision
 * without its shown entry still makes rows (lib/audit/row.ts).
 */
export async function purgeAuditOlderThan(db: PreflightDb, days: number, now: Date): Promise<number> {
  if (!Number.isFinite(days) || days < 1) throw new RangeError('retention must be at least one day');
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction('rw', db.audit, () => db.audit.where('at').below(cutoff).delete());
}

/** The same cut for the team rows read back from the CRM (every workspace's), so a purge leaves nothing older. */
export async function purgeTeamAuditOlderThan(db: PreflightDb, days: number, now: Date): Promise<number> {
  if (!Number.isFinite(days) || days < 1) throw new RangeError('retention must be at least one day');
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction('rw', db.teamAudit, () => db.teamAudit.where('at').below(cutoff).delete());
}
