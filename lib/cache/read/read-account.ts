import type { AccountLookup } from '../../model/account';
import type { Deal } from '../../model/deal';
import { isQuoteOpen } from '../../model/quote';
import type { User } from '../../model/user';
import type { PreflightDb } from '../db';

export type AccountRecordKind = 'company' | 'deal';

const MAX_SCAN = 50_000;

/**
 * The account behind a company/account or deal/opportunity record page, from the cache. The page gives us its
 * name; a company is found by the company name its contacts carry, a deal by its name, then everything at
 * that company domain is gathered. Exact (case-insensitive) names only: no fuzzy guessing on accounts.
 */
export async function readAccount(
  db: PreflightDb,
  kind: AccountRecordKind,
  name: string | undefined,
  now: Date,
): Promise<AccountLookup> {
  const checkedAt = now.toISOString();
  const wanted = name?.trim().toLowerCase();
  if (!wanted) return { status: 'not_found', checkedAt };

  let domain: string | undefined;
  let companyName: string | undefined;
  let deal: Deal | undefined;
  if (kind === 'deal') {
    deal = await db.deals.filter((d) => d.name.trim().toLowerCase() === wanted).first();
    domain = deal?.companyDomain;
  } else {
    const contact = await db.contacts
      .limit(MAX_SCAN)
      .filter((c) => c.company?.name.trim().toLowerCase() === wanted && c.company.domain !== undefined)
      .first();
    domain = contact?.company?.domain;
    companyName = contact?.company?.name;
  }
  if (!domain && !deal) return { status: 'not_found', name: name!.trim(), checkedAt };

  const contacts = domain
    ? await db.contacts.where('company.domain').equals(domain).toArray()
    : await db.contacts.bulkGet(deal!.contactIds).then((list) => list.filter((c) => c !== undefined));
  const policies = await db.policies.bulkGet(contacts.map((c) => c.id));
  const quotes = domain ? await db.quotes.where('companyDomain').equals(domain).toArray() : [];
  const deals = domain ? await db.deals.where('companyDomain').equals(domain).toArray() : deal ? [deal] : [];
  const openQuotes = quotes.filter((q) => isQuoteOpen(q, now));
  const ownerIds = [...new Set([...openQuotes, ...deals].flatMap((r) => (r.ownerId ? [r.ownerId] : [])))];
  const owners = (await db.users.bulkGet(ownerIds)).filter((u): u is User => u !== undefined);

  return {
    status: 'found',
    name: kind === 'deal' ? deal!.name : (companyName ?? name!.trim()),
    ...(domain ? { domain } : {}),
    matchedBy: kind === 'deal' ? 'deal_name' : 'company_name',
    people: contacts
      .map((c, i) => ({
        contactId: c.id,
        name: c.name,
        ...(c.emails[0] ? { email: c.emails[0] } : {}),
        ...(c.title ? { title: c.title } : {}),
        flags: policies[i]?.flags ?? [],
      }))
      // Flagged people first: they are what a rep must not miss.
      .sort((a, b) => b.flags.length - a.flags.length || a.name.localeCompare(b.name)),
    openQuotes: openQuotes.sort((a, b) => (a.expiresAt ?? '').localeCompare(b.expiresAt ?? '')),
    deals: deals.sort((a, b) => Number(a.isClosed) - Number(b.isClosed) || a.name.localeCompare(b.name)),
    owners: Object.fromEntries(owners.map((u) => [u.id, u])),
    checkedAt,
  };
}
