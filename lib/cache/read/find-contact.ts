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
    const index = record.crm === 'hubspot' ? 'crmIds.hubspot.id' : 'crmIds.salesforce.id';
    const byId = await db.contacts.where(index).equals(record.id).first();
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

/** The key under which a miss for this person is remembered. */
export function lookupKey(person: PersonOnPage): string | undefined {
  const email = normalizeEmail(person.email);
  if (email) return `email:${email}`;
  const linkedin = normalizeLinkedInProfileUrl(person.linkedinUrl);
  if (linkedin) return `linkedin:${linkedin}`;
  if (person.crmRecord) return `crm:${person.crmRecord.crm}:${person.crmRecord.id}`;
  return undefined;
}
