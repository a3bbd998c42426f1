import type { Contact } from '../../model/contact';
import type { Clock } from './clock';
import { DEMO_COMPANIES, type DemoCompany } from './companies';
import { demoId } from './ids';
import { MAILBOX_FORMATS, asciiSlug, mailboxLocalPart, type MailboxFormat } from './mailbox';
import { CULTURES, NAME_POOLS } from './name-pools';
import { OWNER_WEIGHTS } from './people';
import { createRng, hashSeed, type Rng } from './prng';

/** The bulk of the demo: enough people that search, caching and the audit view feel like a real CRM. */
export const GENERATED_CONTACT_COUNT = 320;

export interface GeneratedPerson {
  /** Short stable key, used inside record ids ("c0007"). */
  key: string;
  contact: Contact;
  company: DemoCompany;
}

const TITLES: readonly (readonly [string, number])[] = [
  ['Fleet Manager', 6],
  ['Head of Operations', 4],
  ['Operations Director', 3],
  ['Transport Manager', 4],
  ['Logistics Coordinator', 3],
  ['VP Operations', 2],
  ['Chief Financial Officer', 1],
  ['Finance Director', 2],
  ['IT Director', 2],
  ['Procurement Manager', 3],
  ['Head of Procurement', 1],
  ['Health & Safety Manager', 2],
  ['Chief Operating Officer', 1],
  ['Dispatch Supervisor', 2],
  ['Maintenance Manager', 2],
  ['Managing Director', 1],
  ['Sustainability Lead', 1],
];

const LOCAL_TITLES: Partial<Record<DemoCompany['language'], readonly string[]>> = {
  uk: ['Директор з логістики', 'Керівник автопарку', 'Фінансовий директор', 'Менеджер із закупівель'],
  ru: ['Руководитель автопарка', 'Директор по логистике', 'Финансовый директор', 'Менеджер по закупкам'],
};

const HUBSPOT_PORTAL = '4455667';

/**
 * Contacts only; their activity is added by generated-activity.ts. Every address is checked against
 * `reservedEmails` (the story contacts) and against every address handed out before it.
 */
export function generateContacts(
  seed: number,
  clock: Clock,
  reservedEmails: ReadonlySet<string>,
  count: number = GENERATED_CONTACT_COUNT,
): GeneratedPerson[] {
  const rng = createRng(hashSeed(seed, 'contacts'));
  const usedEmails = new Set(reservedEmails);
  const usedSalesforceIds = new Set<string>();
  // Accounts have one owner; most of their contacts follow it, a few belong to someone else (the
  // "owned by a colleague" case the deal-owner rule reports).
  const companyOwner = DEMO_COMPANIES.map(() => rng.weighted(OWNER_WEIGHTS));
  const companyFormat = DEMO_COMPANIES.map(() => rng.pick(MAILBOX_FORMATS));
  const companyWeights = DEMO_COMPANIES.map((company, index) => [index, 1 + Math.log10(company.fleetSize)] as const);

  const people: GeneratedPerson[] = [];
  for (let i = 0; i < count; i++) {
    // The first pass staffs every company once; the rest lean towards bigger fleets.
    const companyIndex = i < DEMO_COMPANIES.length ? i : rng.weighted(companyWeights);
    const company = DEMO_COMPANIES[companyIndex] as DemoCompany;
    const culture = rng.chance(0.85) ? company.culture : rng.pick(CULTURES);
    const pool = NAME_POOLS[culture];
    const given = rng.pick(pool.given);
    const family = rng.pick(pool.family);
    const key = `c${String(i + 1).padStart(4, '0')}`;

    const primary = uniqueEmail(
      given,
      family,
      companyFormat[companyIndex] as MailboxFormat,
      company.domain,
      usedEmails,
    );
    const emails = [primary];
    if (rng.chance(0.06)) {
      // A second known address (an old format or an alias); uniqueEmail never repeats one.
      emails.push(uniqueEmail(given, family, rng.pick(MAILBOX_FORMATS), company.domain, usedEmails));
    }

    const contact: Contact = {
      id: demoId('contact', key),
      source: 'demo',
      crmIds: {},
      emails,
      name: `${given} ${family}`,
      company: { name: company.name, domain: company.domain },
      ownerId: rng.chance(0.8) ? (companyOwner[companyIndex] as string) : rng.weighted(OWNER_WEIGHTS),
      updatedAt: clock.daysAgo(rng.int(0, 90) + rng.next()),
    };
    const localTitles = LOCAL_TITLES[company.language];
    if (rng.chance(0.95)) {
      contact.title = localTitles && rng.chance(0.5) ? rng.pick(localTitles) : rng.weighted(TITLES);
    }
    if (rng.chance(0.85)) {
      // Spaced ids cannot collide: each contact gets its own block of 7919.
      contact.crmIds.hubspot = { portalId: HUBSPOT_PORTAL, id: String(51_200_000_000 + i * 7_919 + rng.int(0, 7_000)) };
    }
    if (rng.chance(0.5)) contact.crmIds.salesforce = { id: uniqueSalesforceId(rng, usedSalesforceIds) };
    if (rng.chance(0.55)) {
      contact.linkedinUrl = `https://www.linkedin.com/in/${asciiSlug(given)}-${asciiSlug(family)}-${rng.chars('hex', 6)}/`;
    }
    people.push({ key, contact, company });
  }
  return people;
}

/** The company's usual format first; on a clash fall back to first.last, then numbered (j.smith2). */
function uniqueEmail(given: string, family: string, format: MailboxFormat, domain: string, used: Set<string>): string {
  const preferred = `${mailboxLocalPart(given, family, format)}@${domain}`;
  if (!used.has(preferred)) {
    used.add(preferred);
    return preferred;
  }
  const base = mailboxLocalPart(given, family, 'first.last');
  for (let n = 1; n < 100; n++) {
    const email = `${base}${n === 1 ? '' : n}@${domain}`;
    if (!used.has(email)) {
      used.add(email);
      return email;
    }
  }
  throw new Error(`could not find a free demo address for ${given} ${family}`);
}

/** 18-character contact id in Salesforce's shape (003 prefix = Contact). */
function uniqueSalesforceId(rng: Rng, used: Set<string>): string {
  for (;;) {
    const id = `003Dn${rng.chars('alnum', 13)}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
