import type { RecipientRecords } from '../../campaign/check-recipient';
import type { User } from '../../model/user';
import type { Product } from '../../model/workspace';
import type { PreflightDb } from '../db';
import { contactsByEmail, recipientAssembler } from './recipient-assembler';

/**
 * Above this many cached contacts the campaign check reads chunk by chunk instead (campaign-records.ts), so the
 * worker's memory stays bounded whatever the cache holds. 100,000 contacts take a few tens of MB.
 */
export const MAX_INDEXED_CONTACTS = 250_000;

/** The tables an index is built from: a write to any of them makes the index stale. */
export const CAMPAIGN_INDEX_TABLES = [
  'contacts',
  'policies',
  'quotes',
  'deals',
  'outreach',
  'marketing',
  'users',
  'products',
] as const;

/** The whole cache in memory, keyed by address: a campaign chunk is answered without touching IndexedDB. */
export interface CampaignIndex {
  /** The records of the addresses the cache knows; unknown addresses are absent. */
  lookup(emails: readonly string[]): Map<string, RecipientRecords>;
  users: readonly User[];
  products: readonly Product[];
  contactCount: number;
  /** Row counts of the covered tables when it was built (see `countCovered`). */
  counts: string;
}

/**
 * The covered tables' row counts, as one string: a cheap check (one request per table) that catches rows written
 * by anything that bypasses Dexie's change events, such as an older extension version's worker during an update.
 */
export async function countCovered(db: PreflightDb): Promise<string> {
  const counts = await Promise.all(CAMPAIGN_INDEX_TABLES.map((name) => db.table(name).count()));
  return counts.join(',');
}

/**
 * Reads every table the check needs in one transaction, whole (one `getAll` each). In Chromium a whole-table read
 * costs about as much as 15,000 keyed reads, and a big campaign asks for far more than that across its chunks;
 * after this, 100,000 recipients are a few hundred milliseconds of in-memory work. Returns undefined when the
 * cache is larger than `MAX_INDEXED_CONTACTS`.
 */
export async function buildCampaignIndex(
  db: PreflightDb,
  maxContacts = MAX_INDEXED_CONTACTS,
): Promise<CampaignIndex | undefined> {
  return db.transaction(
    'r',
    [db.contacts, db.policies, db.quotes, db.deals, db.outreach, db.marketing, db.users, db.products],
    async () => {
      const counts = await countCovered(db);
      if (Number(counts.split(',')[0]) > maxContacts) return undefined;
      const [contacts, policies, quotes, deals, outreach, marketing, users, products] = await Promise.all([
        db.contacts.toArray(),
        db.policies.toArray(),
        db.quotes.toArray(),
        db.deals.toArray(),
        db.outreach.toArray(),
        db.marketing.toArray(),
        db.users.toArray(),
        db.products.toArray(),
      ]);
      const byEmail = contactsByEmail(contacts);
      const recordsOf = recipientAssembler({ policies, quotes, deals, outreach, marketing });
      return {
        users,
        products,
        contactCount: contacts.length,
        counts,
        lookup(emails) {
          const found = new Map<string, RecipientRecords>();
          for (const email of emails) {
            const contact = byEmail.get(email);
            if (contact) found.set(email, recordsOf(contact));
          }
          return found;
        },
      };
    },
  );
}
