import type { AccountLookup } from '../../model/account';
import type { Deal } from '../../model/deal';
import { buildAccount } from '../../model/build-account';
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
  const ownerIds = [...new Set([...quotes, ...deals].flatMap((r) => (r.ownerId ? [r.ownerId] : [])))];
  const users = (await db.users.bulkGet(ownerIds)).filter((u): u is User => u !== undefined);

  return buildAccount(
    {
      name: kind === 'deal' ? deal!.name : (companyName ?? name!.trim()),
      ...(domain ? { domain } : {}),
      matchedBy: kind === 'deal' ? 'deal_name' : 'company_name',
      contacts,
      policies,
      quotes,
      deals,
      users,
    },
    now,
  );
}
