import type { AuditRep, TeamFreshness } from '../../audit/messages';
import { mergeAuditRows } from '../../audit/merge';
import { buildAuditRows, type AuditRow, type RowContext } from '../../audit/row';
import { touchesFromRows, type Touch } from '../../audit/duplicate-outreach';
import type { AuditEntry } from '../../model/audit';
import type { CrmSource } from '../../model/common';
import type { z } from 'zod';
import type { PreflightDb } from '../db';
import { readByKeys } from './read-by-keys';

type CampaignCheck = Extract<AuditEntry, { type: 'campaign_check' }>;

/** Everything the audit page's views are computed from, for one workspace. */
export interface AuditSource {
  rows: AuditRow[];
  campaignChecks: CampaignCheck[];
  touches: Touch[];
  reps: z.infer<typeof AuditRep>[];
  freshness: TeamFreshness;
}

/**
 * Changes whenever what readAuditSource returns may have: an entry recorded or purged, a team read stored.
 * Counts by index, no rows read: cheap enough to ask before every page of 100,000 rows.
 */
export async function auditStamp(db: PreflightDb, source: CrmSource): Promise<string> {
  const [local, team, sync] = await Promise.all([
    db.audit.count(),
    db.teamAudit.where('source').equals(source).count(),
    db.auditSync.get(source),
  ]);
  return `${source}|${local}|${team}|${sync?.readAt ?? ''}|${sync?.errorAt ?? ''}`;
}

/** Rep names by email, and company names by contact address (the cache's contacts), for labelling rows. */
export async function rowContext(db: PreflightDb, addresses: Iterable<string>): Promise<RowContext> {
  const users = await db.users.toArray();
  const names = new Map(users.map((u) => [u.email.toLowerCase(), u.name]));
  const wanted = [...new Set([...addresses].map((a) => a.toLowerCase()))];
  const companies = new Map<string, string>();
  for (const contact of await readByKeys(db.contacts, 'emails', wanted, (c) => c.emails)) {
    if (!contact.company?.name) continue;
    for (const email of contact.emails) companies.set(email.toLowerCase(), contact.company.name);
  }
  return {
    repName: (email) => names.get(email.toLowerCase()),
    companyOf: (email) => companies.get(email.toLowerCase()),
  };
}

/** The CRM's outreach records in the cache as touches: who reached which contact, when. */
async function outreachTouches(db: PreflightDb): Promise<Touch[]> {
  const [outreach, users] = await Promise.all([db.outreach.toArray(), db.users.toArray()]);
  const byUser = new Map(users.map((u) => [u.id, u]));
  const contacts = new Map(
    (await db.contacts.bulkGet([...new Set(outreach.map((o) => o.contactId))])).flatMap((c) => (c ? [[c.id, c]] : [])),
  );
  return outreach
    .filter((o) => o.direction === 'outbound')
    .map((o) => {
      const contact = contacts.get(o.contactId);
      const user = byUser.get(o.byUserId);
      const company = contact?.company?.name ?? contact?.company?.domain;
      return {
        contact: contact?.emails[0]?.toLowerCase() ?? o.contactId,
        ...(company ? { company } : {}),
        rep: user?.email ?? o.byUserId,
        ...(user?.name ? { repName: user.name } : {}),
        at: o.at,
        source: 'outreach' as const,
        channel: o.channel,
      };
    });
}

/**
 * The whole audit log of a workspace: local entries as rows, merged with the team rows last read from the CRM
 * (local wins), the campaign checks of both, and the touches duplicate outreach is found in.
 */
export async function readAuditSource(db: PreflightDb, source: CrmSource): Promise<AuditSource> {
  const [entries, teamStored, sync] = await Promise.all([
    db.audit.toArray(),
    db.teamAudit.where('source').equals(source).toArray(),
    db.auditSync.get(source),
  ]);
  const addresses = new Set<string>();
  for (const entry of entries) {
    if (entry.type === 'campaign_check') continue;
    for (const w of entry.warnings) if (w.recipient) addresses.add(w.recipient);
    for (const r of entry.recipients) addresses.add(r);
  }
  const ctx = await rowContext(db, addresses);
  const local = buildAuditRows(entries, ctx);
  const team = teamStored.map(({ source: _source, ...row }) => row);
  const rows = mergeAuditRows(local, team);

  const localChecks = entries.filter((e): e is CampaignCheck => e.type === 'campaign_check');
  const seen = new Set(localChecks.map((c) => c.id));
  const campaignChecks = [...localChecks, ...(sync?.campaignChecks ?? []).filter((c) => !seen.has(c.id))];

  const reps = new Map<string, string | undefined>();
  for (const row of rows) if (!reps.has(row.repEmail) || row.repName) reps.set(row.repEmail, row.repName);
  const { campaignChecks: _checks, ...freshness } = sync ?? { source, notes: 0, truncated: false, campaignChecks: [] };
  return {
    rows,
    campaignChecks,
    touches: [...(await outreachTouches(db)), ...touchesFromRows(rows)],
    reps: [...reps]
      .map(([email, name]) => ({ email, ...(name ? { name } : {}) }))
      .sort((a, b) => ((a.name ?? a.email) < (b.name ?? b.email) ? -1 : 1)),
    freshness,
  };
}
