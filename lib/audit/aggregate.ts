import type { z } from 'zod';
import type { AuditEntry } from '../model/audit';
import type {
  CampaignCollision as CampaignCollisionSchema,
  CollisionReason as CollisionReasonSchema,
  ContactConflicts as ContactConflictsSchema,
  OverrideRate as OverrideRateSchema,
  WeekCount as WeekCountSchema,
} from './summary-schema';
import { COLLISION_REASONS } from './summary-schema';

export type CollisionReason = z.infer<typeof CollisionReasonSchema>;
export type WeekCount = z.infer<typeof WeekCountSchema>;
export type OverrideRate = z.infer<typeof OverrideRateSchema>;
export type ContactConflicts = z.infer<typeof ContactConflictsSchema>;
export type CampaignCollision = z.infer<typeof CampaignCollisionSchema>;
import { AuditRuleId, type AuditRow } from './row';
import { isoWeek, mondaysBetween } from './iso-week';

function emptyByRule(): Record<AuditRuleId, number> {
  return Object.fromEntries(AuditRuleId.options.map((id) => [id, 0])) as Record<AuditRuleId, number>;
}

/** Warnings per ISO week (UTC) and rule, every week from the first row's to the last row's, quiet ones as zero. */
export function warningsPerWeek(rows: readonly AuditRow[]): WeekCount[] {
  if (rows.length === 0) return [];
  let first = rows[0]!.at;
  let last = first;
  for (const row of rows) {
    if (row.at < first) first = row.at;
    if (row.at > last) last = row.at;
  }
  const weeks = new Map<string, WeekCount>();
  for (const mondayIso of mondaysBetween(first, last)) {
    const { week, monday } = isoWeek(mondayIso);
    weeks.set(week, { week, monday, total: 0, byRule: emptyByRule() });
  }
  for (const row of rows) {
    const slot = weeks.get(isoWeek(row.at).week);
    if (!slot) continue;
    slot.total += 1;
    slot.byRule[row.ruleId] += 1;
  }
  return [...weeks.values()];
}

/**
 * How often warnings were sent anyway, per rep or per rule. Each warning counts once: an attempt sent anyway past a
 * do-not-contact and a quote conflict is two overrides, as both rules were ignored. Highest rate first.
 */
export function overrideRates(rows: readonly AuditRow[], by: 'rep' | 'rule'): OverrideRate[] {
  const groups = new Map<string, OverrideRate>();
  for (const row of rows) {
    const key = by === 'rep' ? row.repEmail : row.ruleId;
    let group = groups.get(key);
    if (!group) {
      group = { key, shown: 0, decided: 0, overridden: 0, rate: null };
      groups.set(key, group);
    }
    if (by === 'rep' && row.repName && !group.label) group.label = row.repName;
    group.shown += 1;
    if (row.decision !== 'none') group.decided += 1;
    if (row.decision === 'sent_anyway') group.overridden += 1;
  }
  const out = [...groups.values()].map((g) => ({ ...g, rate: g.decided > 0 ? g.overridden / g.decided : null }));
  return out.sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.shown - a.shown || (a.key < b.key ? -1 : 1));
}

/** Rules that say something about the contact; `unknown-recipient` only says the CRM could not be asked. */
const NOT_A_CONFLICT: ReadonlySet<AuditRuleId> = new Set(['unknown-recipient', 'unknown']);

/** The contacts with the most conflict warnings, most first (ties: most recent first). */
export function topConflictContacts(rows: readonly AuditRow[], limit = 10): ContactConflicts[] {
  const byContact = new Map<string, ContactConflicts & { ruleSet: Set<AuditRuleId>; repSet: Set<string> }>();
  for (const row of rows) {
    if (!row.contact || NOT_A_CONFLICT.has(row.ruleId)) continue;
    const contact = row.contact.toLowerCase();
    let slot = byContact.get(contact);
    if (!slot) {
      slot = {
        contact,
        warnings: 0,
        overridden: 0,
        rules: [],
        reps: [],
        lastAt: row.at,
        ruleSet: new Set(),
        repSet: new Set(),
      };
      byContact.set(contact, slot);
    }
    if (row.company && !slot.company) slot.company = row.company;
    slot.warnings += 1;
    if (row.decision === 'sent_anyway') slot.overridden += 1;
    slot.ruleSet.add(row.ruleId);
    slot.repSet.add(row.repEmail);
    if (row.at > slot.lastAt) slot.lastAt = row.at;
  }
  return [...byContact.values()]
    .sort((a, b) => b.warnings - a.warnings || (a.lastAt < b.lastAt ? 1 : -1))
    .slice(0, limit)
    .map(({ ruleSet, repSet, ...rest }) => ({ ...rest, rules: [...ruleSet].sort(), reps: [...repSet].sort() }));
}

/** Collisions with open quotes, offers and deals per campaign check, newest first; checks with none are left out. */
export function campaignCollisions(entries: readonly AuditEntry[]): CampaignCollision[] {
  const out: CampaignCollision[] = [];
  for (const entry of entries) {
    if (entry.type !== 'campaign_check') continue;
    const collisions = Object.fromEntries(COLLISION_REASONS.map((id) => [id, entry.byReason[id] ?? 0])) as Record<
      CollisionReason,
      number
    >;
    const collided = COLLISION_REASONS.reduce((sum, id) => sum + collisions[id], 0);
    if (collided === 0) continue;
    out.push({
      id: entry.id,
      campaign: entry.campaign,
      at: entry.at,
      by: entry.userEmail,
      ...(entry.offer ? { offer: entry.offer } : {}),
      total: entry.total,
      held: entry.held,
      collisions,
      collided,
    });
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
