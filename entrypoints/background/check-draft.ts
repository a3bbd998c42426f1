import type { PreflightDb } from '../../lib/cache/db';
import { checkDraft } from '../../lib/conflicts/engine';
import { extractOffers } from '../../lib/conflicts/offers/extract-offers';
import type { RecipientFacts } from '../../lib/conflicts/types';
import type { Connector } from '../../lib/connectors/connector';
import { isInternalEmail, normalizeEmail } from '../../lib/identity/email';
import { normalizeLinkedInProfileUrl } from '../../lib/identity/linkedin-url';
import type { BriefLookup } from '../../lib/model/brief';
import type { Draft } from '../../lib/model/draft';
import type { Outreach } from '../../lib/model/outreach';
import type { PersonOnPage } from '../../lib/model/page-context';
import type { Settings } from '../../lib/model/settings';
import type { Warning } from '../../lib/model/warning';
import { lookupBrief } from './lookup-brief';
import { TIMED_OUT, within } from './within';

export interface CheckDeps {
  db: PreflightDb;
  connector: Connector;
  settings: Settings;
  now: () => Date;
  /** How long a recipient the cache does not know may wait for the CRM before we decide without them. */
  lookupBudgetMs: number;
}

export interface CheckResult {
  warnings: Warning[];
  /** External recipients the check covered. */
  recipients: string[];
}

const COMPANY_OUTREACH_DAYS = 30;

/** The guard's check: resolve each external recipient, extract the draft's offers, run the rules. */
export async function checkDraftInBackground(draft: Draft, deps: CheckDeps): Promise<CheckResult> {
  const now = deps.now();
  const emails = unique([...draft.to, ...draft.cc, ...draft.bcc].map((e) => normalizeEmail(e)).filter(isString));
  const externalEmails = emails.filter((e) => !isInternalEmail(e, deps.settings.sellerDomains));
  const linkedin = unique(draft.linkedinRecipients.map((u) => normalizeLinkedInProfileUrl(u)).filter(isString));

  const people: PersonOnPage[] = [
    ...externalEmails.map((email) => ({ email, role: 'recipient' as const })),
    ...linkedin.map((linkedinUrl) => ({ linkedinUrl, role: 'recipient' as const })),
  ];
  const recipients: RecipientFacts[] = await Promise.all(
    people.map(async (person) => {
      const lookup = await withBudget(lookupBrief(person, { ...deps, revalidatePolicy: true }), deps.lookupBudgetMs);
      return {
        recipient: person.email ?? person.linkedinUrl ?? '',
        lookup,
        companyOutreach: await companyOutreachFor(deps.db, lookup, now),
      };
    }),
  );

  const [users, products] = await Promise.all([deps.db.users.toArray(), deps.db.products.toArray()]);
  const currentUser = users.find((u) => u.email === deps.settings.currentUserEmail.toLowerCase());
  const offers = extractOffers({ subject: draft.subject, body: draft.body }, { products }, now);
  const warnings = checkDraft({
    draft,
    recipients,
    offers,
    settings: deps.settings,
    currentUser,
    people: Object.fromEntries(users.map((u) => [u.id, u])),
    now,
  });
  return { warnings, recipients: recipients.map((r) => r.recipient) };
}

/** A lookup that has not answered within its budget is reported as an error: unknown is never "safe". */
async function withBudget(lookup: Promise<BriefLookup>, budgetMs: number): Promise<BriefLookup> {
  const answer = await within(
    lookup.catch((): BriefLookup => ({ status: 'error', message: 'The lookup failed.' })),
    budgetMs,
  );
  return answer === TIMED_OUT
    ? { status: 'error', message: `The CRM did not answer within ${(budgetMs / 1000).toFixed(1)} s.` }
    : answer;
}

/** Recent touches with the recipient's colleagues at the same company (the weaker duplicate-outreach signal). */
async function companyOutreachFor(db: PreflightDb, lookup: BriefLookup, now: Date): Promise<Outreach[]> {
  if (lookup.status !== 'found') return [];
  const domain = lookup.brief.contact.company?.domain;
  if (!domain) return [];
  const colleagues = await db.contacts.where('company.domain').equals(domain).primaryKeys();
  const others = colleagues.filter((id) => id !== lookup.brief.contact.id);
  if (others.length === 0) return [];
  const since = new Date(now.getTime() - COMPANY_OUTREACH_DAYS * 86_400_000).toISOString();
  const touches = await db.outreach.where('contactId').anyOf(others).toArray();
  return touches.filter((t) => t.at >= since);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function isString(value: string | undefined): value is string {
  return value !== undefined;
}
