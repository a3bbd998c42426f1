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
        BriefSectionName.options.map((section) => {
          const gaps = records.partial?.[section] ?? [];
          return gaps.length > 0
            ? { contactId: contact.id, section, fetchedAt, partial: true, partialReason: describeGaps(gaps) }
            : { contactId: contact.id, section, fetchedAt, partial: false };
        }),
      ),
    ),
  ]);
}

/**
 * A fresh read of one or more contacts replaces what was cached for them: forms, marketing emails and touches
 * that the CRM no longer lists are dropped (deals and quotes can be shared with other contacts, so they are
 * only updated).
 */
export async function replaceContactRecords(
  db: PreflightDb,
  records: ContactMatchCandidate,
  fetchedAt: string,
): Promise<void> {
  const ids = records.contacts.map((c) => c.id);
  await db.transaction('rw', crmTables(db), async () => {
    await Promise.all([
      db.forms.where('contactId').anyOf(ids).delete(),
      db.marketing.where('contactId').anyOf(ids).delete(),
      db.outreach.where('contactId').anyOf(ids).delete(),
      db.freshness.where('contactId').anyOf(ids).delete(),
    ]);
    await putRecords(db, records, fetchedAt);
  });
}

/** Adds or updates the records a connector fetched for some contacts, and marks their sections fresh. */
export async function mergeRecords(db: PreflightDb, records: ContactMatchCandidate, fetchedAt: string): Promise<void> {
  await db.transaction('rw', crmTables(db), () => putRecords(db, records, fetchedAt));
}

/** One line for the section's "partial" mark: the first gaps, then how many more (fits SectionFreshness). */
export function describeGaps(gaps: readonly string[]): string {
  const shown = gaps.slice(0, 3).join('; ');
  const more = gaps.length > 3 ? ` and ${gaps.length - 3} more` : '';
  const text = `${shown}${more}.`;
  return text.length <= 500 ? text : `${text.slice(0, 497)}…`;
}
