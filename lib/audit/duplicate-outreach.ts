import type { z } from 'zod';
import type { AuditRow } from './row';
import type {
  DuplicateOutcome as DuplicateOutcomeSchema,
  DuplicateOutreach as DuplicateOutreachSchema,
  DuplicateWarning as DuplicateWarningSchema,
  Touch as TouchSchema,
} from './summary-schema';

export type Touch = z.infer<typeof TouchSchema>;
export type DuplicateWarning = z.infer<typeof DuplicateWarningSchema>;
export type DuplicateOutcome = z.infer<typeof DuplicateOutcomeSchema>;
export type DuplicateOutreach = z.infer<typeof DuplicateOutreachSchema>;

const DAY_MS = 86_400_000;
/** The same rep's email logged twice (as a sent-anyway decision and as a CRM email) is one touch. */
const SAME_TOUCH_MS = 10 * 60_000;

/** Sends past a guard warning are touches too: the rep did reach the contact. One per attempt and contact. */
export function touchesFromRows(rows: readonly AuditRow[]): Touch[] {
  const seen = new Set<string>();
  const out: Touch[] = [];
  for (const row of rows) {
    if (row.decision !== 'sent_anyway' || !row.contact) continue;
    const id = `${row.attemptId}|${row.contact}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({
      contact: row.contact.toLowerCase(),
      ...(row.company ? { company: row.company } : {}),
      rep: row.repEmail,
      ...(row.repName ? { repName: row.repName } : {}),
      at: row.decidedAt ?? row.at,
      source: 'decision',
    });
  }
  return out;
}

/**
 * The touches of one contact or company that fall in a window of `windowDays` with a touch by another rep.
 * Two touches are `windowDays` apart at most, both ends included: exactly N days is a duplicate, N days and a
 * millisecond is not. The same rep twice is never one. Two pointers over the time-sorted touches: O(n · window).
 */
function duplicatedTouches(sorted: readonly Touch[], windowMs: number): Set<number> {
  const marked = new Set<number>();
  let start = 0;
  for (let j = 0; j < sorted.length; j++) {
    const tj = Date.parse(sorted[j]!.at);
    while (tj - Date.parse(sorted[start]!.at) > windowMs) start += 1;
    for (let i = start; i < j; i++) {
      if (sorted[i]!.rep !== sorted[j]!.rep) {
        marked.add(i);
        marked.add(j);
      }
    }
  }
  return marked;
}

/** Drops the second record of a touch logged twice (same contact, same rep, within minutes). */
function withoutEchoes(sorted: Touch[]): Touch[] {
  const out: Touch[] = [];
  for (const touch of sorted) {
    const echo = out.some(
      (t) =>
        t.contact === touch.contact && t.rep === touch.rep && Date.parse(touch.at) - Date.parse(t.at) <= SAME_TOUCH_MS,
    );
    if (!echo) out.push(touch);
  }
  return out;
}

function outcomeOf(warnings: readonly DuplicateWarning[]): DuplicateOutcome {
  if (warnings.length === 0) return 'not_warned';
  if (warnings.some((w) => w.decision === 'sent_anyway')) return 'overridden';
  return warnings.some((w) => w.decision !== 'none') ? 'heeded' : 'undecided';
}

/**
 * Contacts and companies touched by two or more reps within `windowDays`, each with the timeline of those
 * touches and whether the guard warned about it and the warning was heeded. Most recent first.
 */
export function findDuplicateOutreach(
  touches: readonly Touch[],
  rows: readonly AuditRow[],
  windowDays: number,
): DuplicateOutreach[] {
  const windowMs = windowDays * DAY_MS;
  const byContact = new Map<string, Touch[]>();
  const byCompany = new Map<string, Touch[]>();
  for (const touch of touches) {
    push(byContact, touch.contact.toLowerCase(), touch);
    if (touch.company) push(byCompany, touch.company.toLowerCase(), touch);
  }
  const warningsAbout = duplicateWarnings(rows);
  const out: DuplicateOutreach[] = [];
  for (const [kind, groups] of [
    ['contact', byContact],
    ['company', byCompany],
  ] as const) {
    for (const [key, list] of groups) {
      const sorted = withoutEchoes([...list].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)));
      const marked = duplicatedTouches(sorted, windowMs);
      if (marked.size === 0) continue;
      const involved = sorted.filter((_, i) => marked.has(i));
      const firstAt = involved[0]!.at;
      const lastAt = involved[involved.length - 1]!.at;
      const lo = Date.parse(firstAt) - windowMs;
      const hi = Date.parse(lastAt) + windowMs;
      const warnings = (warningsAbout[kind].get(key) ?? []).filter((w) => {
        const t = Date.parse(w.at);
        return t >= lo && t <= hi;
      });
      out.push({
        kind,
        key,
        reps: [...new Set(involved.map((t) => t.rep))].sort(),
        touches: involved,
        firstAt,
        lastAt,
        warnings,
        outcome: outcomeOf(warnings),
      });
    }
  }
  return out.sort((a, b) => (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : a.kind < b.kind ? -1 : 1));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function duplicateWarnings(rows: readonly AuditRow[]) {
  const contact = new Map<string, DuplicateWarning[]>();
  const company = new Map<string, DuplicateWarning[]>();
  for (const row of rows) {
    if (row.ruleId !== 'duplicate-outreach') continue;
    const warning: DuplicateWarning = {
      at: row.at,
      rep: row.repEmail,
      ...(row.contact ? { contact: row.contact } : {}),
      decision: row.decision,
      ...(row.reason ? { reason: row.reason } : {}),
    };
    if (row.contact) push(contact, row.contact.toLowerCase(), warning);
    if (row.company) push(company, row.company.toLowerCase(), warning);
  }
  return { contact, company };
}
