import { BriefSectionName } from '../../model/brief';
import type { ContactMatchCandidate } from '../../connectors/types';
import { crmTables, type PreflightDb } from '../db';

/**
 * Puts a connector's records into their tables and marks every brief section of their contacts as fetched at
 * `fetchedAt`. Call inside a transaction over crmTables(db); both the workspace seed and a single lookup use it.
 */
export async function putRecords(db: PreflightDb, records: ContactMatchCandidate, fetchedAt: string): Promise<void> {
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
}

/** Adds or updates the records a connector fetched for some contacts, and marks their sections fresh. */
export async function mergeRecords(db: PreflightDb, records: ContactMatchCandidate, fetchedAt: string): Promise<void> {
  await db.transaction('rw', crmTables(db), () => putRecords(db, records, fetchedAt));
}
