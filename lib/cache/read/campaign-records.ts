import type { RecipientRecords } from '../../campaign/check-recipient';
import type { Contact } from '../../model/contact';
import type { PreflightDb } from '../db';
import { uniqueById } from './unique-by-id';

/**
 * The records behind many recipients in a handful of indexed reads (not one brief per address): contacts by
 * any of their emails, then policies, quotes, deals (by contact and by company domain, as the brief finds them),
 * outreach and marketing emails by contact. Addresses the cache does not know are absent from the map.
 */
export async function readCampaignRecords(
  db: PreflightDb,
  emails: readonly string[],
): Promise<Map<string, RecipientRecords>> {
  return db.transaction('r', [db.contacts, db.policies, db.quotes, db.deals, db.outreach, db.marketing], async () => {
    const contacts = await db.contacts.where('emails').anyOf(emails).toArray();
    const byEmail = new Map<string, Contact>();
    const wanted = new Set(emails);
    for (const contact of contacts) {
      for (const email of contact.emails) if (wanted.has(email) && !byEmail.has(email)) byEmail.set(email, contact);
    }
    const unique = [...new Map(contacts.map((c) => [c.id, c])).values()];
    const ids = unique.map((c) => c.id);
    const domains = [...new Set(unique.flatMap((c) => (c.company?.domain ? [c.company.domain] : [])))];
    const [policies, quotesByContact, quotesByDomain, dealsByContact, dealsByDomain, outreach, marketing] =
      await Promise.all([
        db.policies.bulkGet(ids),
        db.quotes.where('contactIds').anyOf(ids).toArray(),
        domains.length > 0 ? db.quotes.where('companyDomain').anyOf(domains).toArray() : [],
        db.deals.where('contactIds').anyOf(ids).toArray(),
        domains.length > 0 ? db.deals.where('companyDomain').anyOf(domains).toArray() : [],
        db.outreach.where('contactId').anyOf(ids).toArray(),
        db.marketing.where('contactId').anyOf(ids).toArray(),
      ]);

    const policyOf = new Map(policies.flatMap((p) => (p ? [[p.contactId, p] as const] : [])));
    const quotes = groupBy(
      [...quotesByContact, ...quotesByDomain],
      (q) => q.contactIds,
      (q) => q.companyDomain,
    );
    const deals = groupBy(
      [...dealsByContact, ...dealsByDomain],
      (d) => d.contactIds,
      (d) => d.companyDomain,
    );
    const outreachOf = groupOne(outreach, (o) => o.contactId);
    const marketingOf = groupOne(marketing, (m) => m.contactId);

    const recordsOf = new Map<string, RecipientRecords>();
    const out = new Map<string, RecipientRecords>();
    for (const [email, contact] of byEmail) {
      let records = recordsOf.get(contact.id);
      if (!records) {
        const domain = contact.company?.domain;
        const policy = policyOf.get(contact.id);
        records = {
          contact,
          ...(policy ? { policy } : {}),
          quotes: ownAndCompany(quotes, contact.id, domain),
          deals: ownAndCompany(deals, contact.id, domain),
          outreach: outreachOf.get(contact.id) ?? [],
          marketing: marketingOf.get(contact.id) ?? [],
        };
        recordsOf.set(contact.id, records);
      }
      out.set(email, records);
    }
    return out;
  });
}

function groupBy<T extends { id: string }>(
  rows: readonly T[],
  contactIds: (row: T) => readonly string[],
  domain: (row: T) => string | undefined,
) {
  const byContact = new Map<string, T[]>();
  const byDomain = new Map<string, T[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    for (const id of contactIds(row)) push(byContact, id, row);
    const d = domain(row);
    if (d) push(byDomain, d, row);
  }
  return { byContact, byDomain };
}

function groupOne<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) push(map, key(row), row);
  return map;
}

function push<T>(map: Map<string, T[]>, key: string, row: T): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/** The contact's own records plus the company's, each once (as the brief finds them). */
function ownAndCompany<T extends { id: string }>(
  groups: { byContact: Map<string, T[]>; byDomain: Map<string, T[]> },
  contactId: string,
  domain: string | undefined,
): T[] {
  const company = domain ? (groups.byDomain.get(domain) ?? []) : [];
  return uniqueById([...(groups.byContact.get(contactId) ?? []), ...company]);
}
