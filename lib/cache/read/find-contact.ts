import type { MatchedBy } from '../../model/brief';
import type { Contact } from '../../model/contact';
import type { PersonOnPage } from '../../model/page-context';
import { domainOf, FREE_MAIL_DOMAINS, normalizeEmail, withoutPlusTag } from '../../identity/email';
import { normalizeLinkedInProfileUrl } from '../../identity/linkedin-url';
import type { PreflightDb } from '../db';

export type { MatchedBy };

export interface ContactMatch {
  contact: Contact;
  matchedBy: MatchedBy;
}

/**
 * Finds a cached contact for a person on screen: a rep's link first, then CRM id (exact), email (also without a
 * `+tag` where the provider supports plus-addressing), LinkedIn URL. Never guesses: see findPossibleMatch.
 */
export async function findCachedContact(db: PreflightDb, person: PersonOnPage): Promise<ContactMatch | undefined> {
  const key = lookupKey(person);
  const link = key ? await db.identityLinks.get(key) : undefined;
  if (link?.contactId) {
    const linked = await db.contacts.get(link.contactId);
    if (linked) return { contact: linked, matchedBy: 'linked' };
  }
  const record = person.crmRecord;
  if (record?.objectType === 'contact' || record?.objectType === 'lead') {
    const byId = await findByCrmId(db, record);
    if (byId) return { contact: byId, matchedBy: 'crm_id' };
  }
  const email = normalizeEmail(person.email);
  if (email) {
    const byEmail = await db.contacts.where('emails').equals(email).first();
    if (byEmail) return { contact: byEmail, matchedBy: 'email' };
    const base = withoutPlusTag(email);
    const byBase = base ? await db.contacts.where('emails').equals(base).first() : undefined;
    if (byBase) return { contact: byBase, matchedBy: 'email' };
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

/**
 * The last resort, shown as "possible match": a cached contact with the same name at the company domain of the
 * person's address (never a free-mail domain), and only when exactly one fits. A rep's "not this person" for
 * that guess is respected.
 */
export async function findPossibleMatch(db: PreflightDb, person: PersonOnPage): Promise<ContactMatch | undefined> {
  const email = normalizeEmail(person.email);
  const name = comparableName(person.name);
  if (!email || !name) return undefined;
  const domain = domainOf(email);
  if (FREE_MAIL_DOMAINS.has(domain)) return undefined;
  const sameCompany = await db.contacts.where('company.domain').equals(domain).toArray();
  const candidates = sameCompany.filter((c) => comparableName(c.name) === name);
  if (candidates.length !== 1) return undefined;
  const key = lookupKey(person);
  const link = key ? await db.identityLinks.get(key) : undefined;
  if (link && link.contactId === null && link.rejectedContactId === candidates[0]!.id) return undefined;
  return { contact: candidates[0]!, matchedBy: 'name_company' };
}

/** "Dr. Priya  Raman" and "priya raman" compare equal; titles and punctuation do not count. */
function comparableName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const words = raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !TITLES.has(w));
  return words.length >= 2 ? words.join(' ') : undefined;
}

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dame', 'jr', 'sr', 'phd', 'md']);
