import type { Brief } from '../model/brief';
import { EMAIL_PATTERN } from '../model/patterns';
import type { User } from '../model/user';
import type { RecipientFacts, RuleContext } from './types';

/** Helpers the rules share: who a recipient is, who "I" am, time windows and product matching. */

export interface FoundRecipient {
  facts: RecipientFacts;
  brief: Brief;
  /** Address for Warning.recipient (the schema wants an email, LinkedIn recipients are profile URLs). */
  address: string | undefined;
  /** "Priya Raman". */
  name: string;
}

/** Recipients whose brief was loaded; the other lookups are the unknown-recipient rule's business. */
export function foundRecipients(ctx: RuleContext): FoundRecipient[] {
  const found: FoundRecipient[] = [];
  for (const facts of ctx.recipients) {
    if (facts.lookup.status !== 'found') continue;
    const brief = facts.lookup.brief;
    found.push({ facts, brief, address: warningAddress(facts), name: brief.contact.name });
  }
  return found;
}

export function isEmailAddress(value: string | undefined): value is string {
  return typeof value === 'string' && value.length <= 320 && EMAIL_PATTERN.test(value);
}

/** The email a warning is filed under: the recipient itself, else the address the CRM knows for them. */
export function warningAddress(facts: RecipientFacts): string | undefined {
  if (isEmailAddress(facts.recipient)) return facts.recipient;
  const lookup = facts.lookup;
  if (lookup.status === 'found') return lookup.brief.contact.emails.find(isEmailAddress);
  if (lookup.status === 'not_in_crm' || lookup.status === 'internal') return lookup.email;
  return undefined;
}

export function isLinkedInDraft(ctx: RuleContext): boolean {
  return ctx.draft.site === 'linkedin';
}

/**
 * The signed-in rep's user id: ctx.currentUser, else the seller-side person whose email is
 * settings.currentUserEmail. Undefined when the CRM knows neither: callers then treat everyone as a colleague.
 */
export function currentUserId(ctx: RuleContext, brief?: Brief): string | undefined {
  if (ctx.currentUser) return ctx.currentUser.id;
  const email = ctx.settings.currentUserEmail.toLowerCase();
  const match =
    Object.values(ctx.people).find((u) => u.email.toLowerCase() === email) ??
    (brief ? Object.values(brief.people).find((u) => u.email.toLowerCase() === email) : undefined);
  return match?.id;
}

/** A seller-side person by id, from the workspace first, then from the brief. */
export function findUser(ctx: RuleContext, brief: Brief | undefined, id: string | undefined): User | undefined {
  if (!id) return undefined;
  return ctx.people[id] ?? brief?.people[id];
}

/** True when `iso` lies in the last `days` days before `now` (a few minutes of clock skew tolerated). */
export function isWithinPastDays(iso: string, now: Date, days: number): boolean {
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return false;
  const age = now.getTime() - at;
  return age >= -CLOCK_SKEW_MS && age <= days * 86_400_000;
}

const CLOCK_SKEW_MS = 5 * 60_000;

const productKeys = new Map<string, string>();

/** Product names compared loosely: case, dashes and spacing differ between the catalog, CRMs and quotes. */
export function productKey(name: string): string {
  let key = productKeys.get(name);
  if (key === undefined) {
    key = name
      .toLowerCase()
      .replace(/[\s\u2010-\u2015_:/·-]+/g, ' ')
      .trim();
    if (productKeys.size >= 2000) productKeys.clear();
    productKeys.set(name, key);
  }
  return key;
}

/** Whether two product lists can mean the same thing; an empty list means "any product". */
export function productsOverlap(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const keys = new Set(a.map(productKey));
  return b.some((name) => keys.has(productKey(name)));
}
