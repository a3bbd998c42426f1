import type { Contact } from '../../model/contact';
import type { PersonOnPage } from '../../model/page-context';
import { normalizeEmail } from '../../identity/email';
import { normalizeLinkedInProfileUrl } from '../../identity/linkedin-url';
import type { PreflightDb } from '../db';

export type MatchedBy = 'email' | 'linkedin' | 'crm_id';

export interface ContactMatch {
  contact: Contact;
  matchedBy: MatchedBy;
}

/** Finds a cached contact for a person on screen: CRM id first (exact), then email, then LinkedIn URL. */
export async function findCachedContact(db: PreflightDb, person: PersonOnPage): Promise<ContactMatch | undefined> {
  const record = person.crmRecord;
  if (record?.objectType === 'contact' || record?.objectType === 'lead') {
    const byId = await findByCrmId(db, record);
    if (byId) return { contact: byId, matchedBy: 'crm_id' };
  }
  const email = normalizeEmail(person.email);
  if (email) {
    const byEmail = await db.contacts.where('emails').equals(email).first();
    if (byEmail) return { contact: byEmail, matchedBy: 'email' };
  }
  const linkedin = normalizeLinkedInProfileUrl(person.linkedinUrl);
  if (linkedin) {
    const byUrl = await db.contacts.where('linkedinUrl').equals(linkedin).first();
    if (byUrl) return { contact: byUrl, matchedBy: 'linkedin' };
  }
  return undefined;
}

async function findByCrmId(
  db: PreflightDb,
  record: NonNullable<PersonOnPage['crmRecord']>,
): Promise<Contact | undefined> {
  if (record.crm === 'hubspot') {
    // HubSpot ids are unique within one portal only: the same id in another portal is another person.
    const candidates = await db.contacts.where('crmIds.hubspot.id').equals(record.id).toArray();
    return candidates.find((c) => record.portalId === undefined || c.crmIds.hubspot?.portalId === record.portalId);
  }
  // A 15-character Salesforce id (still valid in URLs) is the case-sensitive prefix of its 18-character form.
  const bySalesforceId = db.contacts.where('crmIds.salesforce.id');
  return (record.id.length === 15 ? bySalesforceId.startsWith(record.id) : bySalesforceId.equals(record.id)).first();
}

/** The key under which a miss for this person is remembered. */
export function lookupKey(person: PersonOnPage): string | undefined {
  const email = normalizeEmail(person.email);
  if (email) return `email:${email}`;
  const linkedin = normalizeLinkedInProfileUrl(person.linkedinUrl);
  if (linkedin) return `linkedin:${linkedin}`;
  if (person.crmRecord) return `crm:${person.crmRecord.crm}:${person.crmRecord.id}`;
  return undefined;
}
