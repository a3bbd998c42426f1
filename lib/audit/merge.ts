import type { AuditRow } from './row';

/**
 * Local and team rows as one log, each warning once. Local wins: this browser saw the attempt whole (the time the
 * warning was shown, the site, every detail), a note only says what fitted in it. An attempt the local log knows
 * drops all of its team rows, not only those with the same key: an old note's rule may have been guessed
 * (`unknown`) and would otherwise show twice. Among team rows the same key (a note read twice) keeps the later
 * decision.
 */
export function mergeAuditRows(local: readonly AuditRow[], team: readonly AuditRow[]): AuditRow[] {
  const localKeys = new Set<string>();
  const localAttempts = new Set<string>();
  for (const row of local) {
    localKeys.add(row.key);
    localAttempts.add(row.attemptId);
  }
  const teamByKey = new Map<string, AuditRow>();
  for (const row of team) {
    if (localKeys.has(row.key) || localAttempts.has(row.attemptId)) continue;
    const seen = teamByKey.get(row.key);
    if (!seen || (row.decidedAt ?? row.at) > (seen.decidedAt ?? seen.at)) teamByKey.set(row.key, row);
  }
  return [...local, ...teamByKey.values()];
}
