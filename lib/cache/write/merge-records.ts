import { BriefSectionName } from '../../model/brief';
import type { ContactMatchCandidate } from '../../connectors/types';
import { crmTables, type PreflightDb } from '../db';

/** Adds or updates the records a connector fetched for some contacts, and marks their sections fresh. */
export async function mergeRecords(db: PreflightDb, records: ContactMatchCandidate, fetchedAt: string): Promise<void> {
  await db.transaction('rw', crmTables(db), async () => {
    await Promise.all([
      db.users.bulkPut(records.users),
      db.contacts.bulkPut(records.contacts),
      db.policies.bulkPut(records.policies),
      db.forms.bulkPut(records.forms),
      db.marketing.bulkPut(records.marketing),
      db.quotes.bulkPut(records.quotes),
      db.deals.bulkPut(records.deals),
      db.outreach.bulkPut(records.outreach),
      db.freshness.bulkPut(
        records.contacts.flatMap((contact) =>
          BriefSectionName.options.map((section) => ({ contactId: contact.id, section, fetchedAt, partial: false })),
        ),
      ),
    ]);
  });
}
