import type { FoundAccount } from './account';
import type { Contact } from './contact';
import type { ContactPolicy } from './contact-policy';
import type { Deal } from './deal';
import { isQuoteOpen, type Quote } from './quote';
import type { User } from './user';

export interface AccountRecords {
  name: string;
  domain?: string;
  matchedBy: FoundAccount['matchedBy'];
  contacts: readonly Contact[];
  policies: readonly (ContactPolicy | undefined)[];
  quotes: readonly Quote[];
  deals: readonly Deal[];
  users: readonly User[];
  partial?: readonly string[];
}

/**
 * Shapes an account's records into the account view, the same way whether they came from the cache or live
 * from the CRM: flagged people first, open quotes by expiry, open deals before closed ones.
 */
export function buildAccount(records: AccountRecords, now: Date): FoundAccount {
  const flagsOf = new Map(records.policies.flatMap((p) => (p ? [[p.contactId, p.flags] as const] : [])));
  const openQuotes = records.quotes.filter((q) => isQuoteOpen(q, now));
  const ownerIds = new Set([...openQuotes, ...records.deals].flatMap((r) => (r.ownerId ? [r.ownerId] : [])));
  return {
    status: 'found',
    name: records.name,
    ...(records.domain ? { domain: records.domain } : {}),
    matchedBy: records.matchedBy,
    people: records.contacts
      .map((c) => ({
        contactId: c.id,
        name: c.name,
        ...(c.emails[0] ? { email: c.emails[0] } : {}),
        ...(c.title ? { title: c.title } : {}),
        flags: flagsOf.get(c.id) ?? [],
      }))
      // Flagged people first: they are what a rep must not miss.
      .sort((a, b) => b.flags.length - a.flags.length || a.name.localeCompare(b.name))
      .slice(0, 500),
    openQuotes: openQuotes.sort((a, b) => (a.expiresAt ?? '').localeCompare(b.expiresAt ?? '')).slice(0, 200),
    deals: [...records.deals]
      .sort((a, b) => Number(a.isClosed) - Number(b.isClosed) || a.name.localeCompare(b.name))
      .slice(0, 200),
    owners: Object.fromEntries(records.users.filter((u) => ownerIds.has(u.id)).map((u) => [u.id, u])),
    checkedAt: now.toISOString(),
    ...(records.partial && records.partial.length > 0 ? { partial: records.partial.slice(0, 20) } : {}),
  };
}
