import type { RecipientRecords } from '../../campaign/check-recipient';
import type { PreflightDb } from '../db';
import { readByKeys } from './read-by-keys';
import { contactsByEmail, recipientAssembler } from './recipient-assembler';

/**
 * The records behind many recipients in a handful of bulk reads (not one brief per address): contacts by
 * any of their emails, then policies, quotes, deals (by contact and by company domain, as the brief finds them),
 * outreach and marketing emails by contact. Addresses the cache does not know are absent from the map.
 *
 * This is the chunk-at-a-time path, for caches too big to hold whole in memory (see campaign-index.ts).
 */
export async function readCampaignRecords(
  db: PreflightDb,
  emails: readonly string[],
): Promise<Map<string, RecipientRecords>> {
  const contacts = await readByKeys(db.contacts, 'emails', emails, (c) => c.emails);
  const byEmail = contactsByEmail(contacts, new Set(emails));
  const ids = contacts.map((c) => c.id);
  const domains = [...new Set(contacts.flatMap((c) => (c.company?.domain ? [c.company.domain] : [])))];
  // Separate read-only transactions, not one: a record written between two of them can at worst be missed by
  // this chunk, exactly as if the check had run a moment earlier.
  const [policies, quotesByContact, quotesByDomain, dealsByContact, dealsByDomain, outreach, marketing] =
    await Promise.all([
      readByKeys(db.policies, null, ids, (p) => [p.contactId]),
      readByKeys(db.quotes, 'contactIds', ids, (q) => q.contactIds),
      readByKeys(db.quotes, 'companyDomain', domains, (q) => (q.companyDomain ? [q.companyDomain] : [])),
      readByKeys(db.deals, 'contactIds', ids, (d) => d.contactIds),
      readByKeys(db.deals, 'companyDomain', domains, (d) => (d.companyDomain ? [d.companyDomain] : [])),
      readByKeys(db.outreach, 'contactId', ids, (o) => [o.contactId]),
      readByKeys(db.marketing, 'contactId', ids, (m) => [m.contactId]),
    ]);
  const recordsOf = recipientAssembler({
    policies,
    quotes: [...quotesByContact, ...quotesByDomain],
    deals: [...dealsByContact, ...dealsByDomain],
    outreach,
    marketing,
  });
  return new Map([...byEmail].map(([email, contact]) => [email, recordsOf(contact)]));
}
