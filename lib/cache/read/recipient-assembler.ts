import type { RecipientRecords } from '../../campaign/check-recipient';
import type { Contact } from '../../model/contact';
import type { ContactPolicy } from '../../model/contact-policy';
import type { Deal } from '../../model/deal';
import type { MarketingEmail } from '../../model/marketing-email';
import type { Outreach } from '../../model/outreach';
import type { Quote } from '../../model/quote';
import { uniqueById } from './unique-by-id';

/** The rows around a set of contacts, however they were read (by key, or whole tables). */
export interface RelatedRows {
  policies: readonly ContactPolicy[];
  quotes: readonly Quote[];
  deals: readonly Deal[];
  outreach: readonly Outreach[];
  marketing: readonly MarketingEmail[];
}

/**
 * Groups related rows once, then answers "everything about this contact" as the brief finds it: its own
 * quotes and deals plus its company's (by domain), each once. Answers are memoised per contact, so a person
 * listed under two addresses, or checked again, costs nothing more.
 */
export function recipientAssembler(rows: RelatedRows): (contact: Contact) => RecipientRecords {
  const policyOf = new Map(rows.policies.map((p) => [p.contactId, p]));
  const quotes = groupByContactAndDomain(
    rows.quotes,
    (q) => q.contactIds,
    (q) => q.companyDomain,
  );
  const deals = groupByContactAndDomain(
    rows.deals,
    (d) => d.contactIds,
    (d) => d.companyDomain,
  );
  const outreachOf = groupOne(rows.outreach, (o) => o.contactId);
  const marketingOf = groupOne(rows.marketing, (m) => m.contactId);
  const memo = new Map<string, RecipientRecords>();
  return (contact) => {
    const known = memo.get(contact.id);
    if (known) return known;
    const domain = contact.company?.domain;
    const policy = policyOf.get(contact.id);
    const records: RecipientRecords = {
      contact,
      ...(policy ? { policy } : {}),
      quotes: ownAndCompany(quotes, contact.id, domain),
      deals: ownAndCompany(deals, contact.id, domain),
      outreach: outreachOf.get(contact.id) ?? [],
      marketing: marketingOf.get(contact.id) ?? [],
    };
    memo.set(contact.id, records);
    return records;
  };
}

/** Address → contact for the addresses asked about (all of a contact's addresses when `wanted` is absent). */
export function contactsByEmail(contacts: readonly Contact[], wanted?: ReadonlySet<string>): Map<string, Contact> {
  const byEmail = new Map<string, Contact>();
  for (const contact of contacts) {
    for (const email of contact.emails) {
      if ((wanted && !wanted.has(email)) || byEmail.has(email)) continue;
      byEmail.set(email, contact);
    }
  }
  return byEmail;
}

function groupByContactAndDomain<T extends { id: string }>(
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
  const own = groups.byContact.get(contactId) ?? [];
  const company = domain ? (groups.byDomain.get(domain) ?? []) : [];
  if (company.length === 0) return own;
  if (own.length === 0) return company;
  return uniqueById([...own, ...company]);
}
