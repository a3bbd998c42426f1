import type { Brief, BriefSectionName } from '../../model/brief';
import type { Contact } from '../../model/contact';
import type { User } from '../../model/user';
import type { PreflightDb } from '../db';
import { uniqueById } from './unique-by-id';

/**
 * Assembles the brief for a cached contact in one read transaction.
 * Quotes and deals are found through the contact and, for account-level context, through the company domain.
 */
export async function readBrief(db: PreflightDb, contact: Contact): Promise<Brief> {
  return db.transaction(
    'r',
    [db.users, db.policies, db.forms, db.marketing, db.quotes, db.deals, db.outreach, db.freshness],
    async () => {
      const domain = contact.company?.domain;
      const [policy, forms, marketing, quotesByContact, dealsByContact, outreach, freshnessRows] = await Promise.all([
        db.policies.get(contact.id),
        db.forms.where('contactId').equals(contact.id).toArray(),
        db.marketing.where('contactId').equals(contact.id).toArray(),
        db.quotes.where('contactIds').equals(contact.id).toArray(),
        db.deals.where('contactIds').equals(contact.id).toArray(),
        db.outreach.where('contactId').equals(contact.id).toArray(),
        db.freshness.where('contactId').equals(contact.id).toArray(),
      ]);
      const [quotesByCompany, dealsByCompany] = domain
        ? await Promise.all([
            db.quotes.where('companyDomain').equals(domain).toArray(),
            db.deals.where('companyDomain').equals(domain).toArray(),
          ])
        : [[], []];
      const quotes = uniqueById([...quotesByContact, ...quotesByCompany]);
      const deals = uniqueById([...dealsByContact, ...dealsByCompany]);

      const userIds = new Set<string>();
      if (contact.ownerId) userIds.add(contact.ownerId);
      for (const q of quotes) if (q.ownerId) userIds.add(q.ownerId);
      for (const d of deals) if (d.ownerId) userIds.add(d.ownerId);
      for (const o of outreach) userIds.add(o.byUserId);
      const users = (await db.users.bulkGet([...userIds])).filter((u): u is User => u !== undefined);
      const people = Object.fromEntries(users.map((u) => [u.id, u]));

      const freshness: Brief['freshness'] = {};
      for (const row of freshnessRows) {
        freshness[row.section as BriefSectionName] = {
          fetchedAt: row.fetchedAt,
          partial: row.partial,
          ...(row.partialReason ? { partialReason: row.partialReason } : {}),
        };
      }

      return {
        contact,
        ...(contact.ownerId && people[contact.ownerId] ? { owner: people[contact.ownerId] } : {}),
        policy: policy ?? { contactId: contact.id, flags: [] },
        forms: forms.sort(byDesc((f) => f.submittedAt)),
        marketing: marketing.sort(byDesc((m) => m.sentAt)),
        quotes: quotes.sort(byDesc((q) => q.expiresAt ?? '')),
        deals: deals.sort(
          (a, b) => Number(a.isClosed) - Number(b.isClosed) || (b.closeDate ?? '').localeCompare(a.closeDate ?? ''),
        ),
        outreach: outreach.sort(byDesc((o) => o.at)),
        people,
        freshness,
      };
    },
  );
}

function byDesc<T>(key: (row: T) => string) {
  return (a: T, b: T) => key(b).localeCompare(key(a));
}
