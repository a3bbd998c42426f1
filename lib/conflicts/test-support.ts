/**
 * Test-only builders for the rule and engine tests: real demo briefs (read through the cache on fake-indexeddb,
 * as the background reads them) turned into RuleContexts. Nothing outside *.test.ts files imports this.
 */
import {
  DANA_EMAIL,
  DEMO_ANCHOR,
  DEMO_CURRENT_USER_ID,
  demoBriefs,
  demoSnapshot,
  JONES_EMAIL,
  JORDAN_EMAIL,
  PRIYA_EMAIL,
} from '../../tests/helpers/demo-db';
import type { Brief, BriefLookup } from '../model/brief';
import type { Draft } from '../model/draft';
import { DEFAULT_SETTINGS, type RuleSettings, type Settings } from '../model/settings';
import type { User } from '../model/user';
import type { RuleId } from '../model/warning';
import type { WorkspaceSnapshot } from '../model/workspace';
import type { ExtractedOffer } from './offers/types';
import type { RecipientFacts, RuleContext } from './types';

export { DANA_EMAIL, DEMO_ANCHOR, JONES_EMAIL, JORDAN_EMAIL, PRIYA_EMAIL };

export const NOW = DEMO_ANCHOR;
export const OLEH_EMAIL = 'oleh.petrenko@kyiv-agro.example';
export const MARIA_EMAIL = 'm.ivanova@sever-logistic.example';
export const SAM_EMAIL = 'sam.patel@example.org';
export const ALEX_EMAIL = 'alex.morgan@example.com';
export const RILEY_EMAIL = 'riley.chen@example.com';
export const ANNUAL = 'Fleet Platform — Annual plan';
export const TELEMATICS = 'Telematics add-on';
export const STORY_EMAILS = [PRIYA_EMAIL, JORDAN_EMAIL, DANA_EMAIL, JONES_EMAIL, OLEH_EMAIL, MARIA_EMAIL] as const;
export const DAY_MS = 86_400_000;

export interface DemoWorld {
  snapshot: WorkspaceSnapshot;
  briefs: Map<string, Brief>;
  users: Record<string, User>;
  currentUser: User;
}

/** Demo briefs for `emails` (the story contacts by default) plus the workspace's users. */
export async function loadDemoWorld(emails: readonly string[] = STORY_EMAILS, anchor: Date = NOW): Promise<DemoWorld> {
  const snapshot = demoSnapshot(anchor);
  const briefs = await demoBriefs(emails, anchor);
  const users = Object.fromEntries(snapshot.users.map((u) => [u.id, u]));
  const currentUser = users[DEMO_CURRENT_USER_ID];
  if (!currentUser) throw new Error('demo workspace has no current user');
  return { snapshot, briefs, users, currentUser };
}

export function userByEmail(world: DemoWorld, email: string): User {
  const user = world.snapshot.users.find((u) => u.email === email);
  if (!user) throw new Error(`no demo user ${email}`);
  return user;
}

/** Facts for a demo contact: a 'found' lookup and the 1:1 touches with other contacts at the same company. */
export function found(world: DemoWorld, email: string, patch?: (brief: Brief) => Brief): RecipientFacts {
  const original = world.briefs.get(email);
  if (!original) throw new Error(`brief for ${email} was not loaded`);
  const brief = patch ? patch(structuredClone(original)) : original;
  const domain = brief.contact.company?.domain;
  const colleagues = new Set(
    world.snapshot.contacts
      .filter((c) => domain !== undefined && c.company?.domain === domain && c.id !== brief.contact.id)
      .map((c) => c.id),
  );
  return {
    recipient: email,
    lookup: { status: 'found', brief, matchedBy: 'email' },
    companyOutreach: world.snapshot.outreach.filter((o) => colleagues.has(o.contactId)),
  };
}

export function notInCrm(email: string, checkedAt: Date = NOW): RecipientFacts {
  return {
    recipient: email,
    lookup: { status: 'not_in_crm', email, checkedAt: checkedAt.toISOString() },
    companyOutreach: [],
  };
}

export function failedLookup(recipient: string, message = 'The CRM did not answer within 2.5 s.'): RecipientFacts {
  return { recipient, lookup: { status: 'error', message }, companyOutreach: [] };
}

export function internal(email: string): RecipientFacts {
  const lookup: BriefLookup = { status: 'internal', email };
  return { recipient: email, lookup, companyOutreach: [] };
}

export function emailDraft(to: readonly string[], body = '', subject = 'Following up'): Draft {
  return { site: 'gmail', to: [...to], cc: [], bcc: [], linkedinRecipients: [], subject, body };
}

export function linkedinDraft(profiles: readonly string[], body = ''): Draft {
  return { site: 'linkedin', to: [], cc: [], bcc: [], linkedinRecipients: [...profiles], subject: '', body };
}

/** A RuleContext as the background builds it: Alex signed in, demo users, the fixed anchor. */
export function context(
  world: DemoWorld,
  recipients: RecipientFacts[],
  overrides: Partial<RuleContext> = {},
): RuleContext {
  const to = recipients.map((r) => r.recipient).filter((r) => r.includes('@'));
  return {
    draft: emailDraft(to),
    recipients,
    offers: [],
    settings: structuredClone(DEFAULT_SETTINGS),
    currentUser: world.currentUser,
    people: world.users,
    now: NOW,
    ...overrides,
  };
}

/** DEFAULT_SETTINGS with one rule's settings patched. */
export function withRule(id: RuleId, patch: Partial<RuleSettings>, base: Settings = DEFAULT_SETTINGS): Settings {
  const settings = structuredClone(base);
  settings.rules[id] = { ...settings.rules[id], ...patch };
  return settings;
}

export function discount(percent: number, products: string[] = [ANNUAL], snippet?: string): ExtractedOffer {
  return {
    kind: 'discount',
    discountPercent: percent,
    products,
    snippet: snippet ?? `${percent}% off the ${products.length > 0 ? 'annual plan' : 'subscription'}`,
  };
}

export function price(
  amount: number,
  currency: string,
  products: string[] = [ANNUAL],
  snippet?: string,
): ExtractedOffer {
  return {
    kind: 'price',
    price: { amount, currency },
    products,
    snippet: snippet ?? `${currency} ${amount} per vehicle`,
  };
}

export function freeMonths(months: number, products: string[] = [ANNUAL], snippet?: string): ExtractedOffer {
  return { kind: 'free_months', freeMonths: months, products, snippet: snippet ?? `${months} months free` };
}

export function trial(days: number, products: string[] = [ANNUAL], snippet?: string): ExtractedOffer {
  return { kind: 'trial', trialDays: days, products, snippet: snippet ?? `a ${days}-day free trial` };
}

/** ISO time `days` before NOW. */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY_MS).toISOString();
}

/** Generated (non-story) demo contacts with the most records: the "full brief" recipients for the timing test. */
export function busiestGeneratedEmails(count: number, anchor: Date = NOW): string[] {
  const snapshot = demoSnapshot(anchor);
  const story = new Set<string>(STORY_EMAILS);
  const score = new Map<string, number>();
  const add = (id: string, points: number) => score.set(id, (score.get(id) ?? 0) + points);
  for (const m of snapshot.marketing) add(m.contactId, 1);
  for (const o of snapshot.outreach) add(o.contactId, 1);
  for (const f of snapshot.forms) add(f.contactId, 1);
  for (const q of snapshot.quotes) for (const id of q.contactIds) add(id, 5);
  for (const d of snapshot.deals) for (const id of d.contactIds) add(id, 5);
  return snapshot.contacts
    .filter((c) => c.emails[0] !== undefined && !story.has(c.emails[0]))
    .sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((c) => c.emails[0]!);
}
