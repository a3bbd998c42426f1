import type { CampaignFetchRow, PreflightDb } from '../../lib/cache/db';
import type { CampaignIndex } from '../../lib/cache/read/campaign-index';
import { readCampaignRecords } from '../../lib/cache/read/campaign-records';
import { campaignVerdict, type CampaignCheckContext, type RecipientRecords } from '../../lib/campaign/check-recipient';
import { extractOffers } from '../../lib/conflicts/offers/extract-offers';
import type { ContactsByEmail } from '../../lib/connectors/types';
import type { CampaignOwner, CampaignVerdict } from '../../lib/model/campaign';
import type { Settings } from '../../lib/model/settings';
import type { User } from '../../lib/model/user';
import type { Product } from '../../lib/model/workspace';
import { logFailure } from '../../lib/log';

export interface CampaignCheckDeps {
  db: PreflightDb;
  settings: Settings;
  now: Date;
  /**
   * Reads addresses the cache does not know from the connected CRM, in as few calls as it allows (HubSpot:
   * batch reads through the shared rate limiter). Absent with the demo, where "not cached" means "not in CRM".
   */
  coldRead?: (emails: readonly string[]) => Promise<ContactsByEmail>;
  /**
   * The whole cache in memory (see campaign-index.ts). Absent, undefined (cache too big) or failing, the chunk is
   * read from IndexedDB by key instead: slower, same answers.
   */
  index?: () => Promise<CampaignIndex | undefined>;
}

/** A cold read is reused for this long: a check re-run the same day never asks the CRM again. */
export const CAMPAIGN_FETCH_TTL_MS = 24 * 3600_000;

/**
 * What the bulk read covers, stamped on each checkpoint row: 2 = flags, deals and open quotes. Rows written by an
 * earlier read (1 = flags and deals, before quotes were read in bulk) are read again rather than trusted.
 */
export const CAMPAIGN_FETCH_COVERAGE = 2;

/** What a verdict built from a bulk read says about itself: the duplicate-outreach and campaign rules saw nothing. */
export const COLD_READ_NOTE = 'Read from HubSpot just now: flags, deals and quotes; recent emails not checked.';

/**
 * Checks one chunk of campaign recipients: the cache first; with a CRM connected, the rest from the CRM in bulk,
 * checkpointed per address in Dexie so a resumed run (worker or browser stopped) never re-fetches. Each address
 * gets its reasons, or is clean, or "not in CRM"; an address the CRM could not answer for is "not checked". A
 * verdict from a bulk read covers flags, deals and open quotes, and says that recent emails were not checked.
 */
export async function checkCampaignChunk(
  emails: readonly string[],
  offer: string | undefined,
  deps: CampaignCheckDeps,
): Promise<{ verdicts: CampaignVerdict[]; owners: CampaignOwner[] }> {
  const { cached, users, products } = await readCached(emails, offer, deps);
  const cold = deps.coldRead ? await readCold(emails, cached, deps) : { records: new Map(), unknown: new Set() };
  const people: Record<string, User> = Object.fromEntries(users.map((u) => [u.id, u]));
  const ctx: CampaignCheckContext = {
    offers: offer?.trim() ? extractOffers({ subject: '', body: offer }, { products }, deps.now) : [],
    settings: deps.settings,
    now: deps.now,
    people,
  };
  const verdicts = emails.map((email): CampaignVerdict => {
    const inCache = cached.get(email);
    if (inCache) return campaignVerdict(email, inCache, ctx);
    const coldRecords = cold.records.get(email);
    if (coldRecords) {
      const verdict = campaignVerdict(email, coldRecords, ctx);
      return { ...verdict, note: COLD_READ_NOTE, notChecked: ['rep-emails', 'marketing-emails'] };
    }
    if (cold.unknown.has(email)) {
      return { email, status: 'unknown', reasons: [], note: 'The CRM could not be read for this address; try again.' };
    }
    return { email, status: 'not_in_crm', reasons: [] };
  });
  const ownerIds = new Set(verdicts.flatMap((v) => (v.ownerId ? [v.ownerId] : [])));
  const owners = [...ownerIds].flatMap((id) => {
    const user = people[id];
    return user ? [{ id, name: user.name, ...(user.email ? { email: user.email } : {}) }] : [];
  });
  return { verdicts, owners };
}

async function readCached(
  emails: readonly string[],
  offer: string | undefined,
  deps: CampaignCheckDeps,
): Promise<{ cached: Map<string, RecipientRecords>; users: readonly User[]; products: readonly Product[] }> {
  const index = await deps.index?.().catch((error: unknown) => {
    logFailure('building the campaign index', error);
    return undefined;
  });
  if (index) return { cached: index.lookup(emails), users: index.users, products: index.products };
  const [cached, users, products] = await Promise.all([
    readCampaignRecords(deps.db, emails),
    deps.db.users.toArray(),
    offer?.trim() ? deps.db.products.toArray() : Promise.resolve([]),
  ]);
  return { cached, users, products };
}

/** Addresses missing from the cache: from the checkpoint when read recently, else from the CRM (then saved). */
async function readCold(
  emails: readonly string[],
  cached: ReadonlyMap<string, RecipientRecords>,
  deps: CampaignCheckDeps,
): Promise<{ records: Map<string, RecipientRecords>; unknown: Set<string> }> {
  const records = new Map<string, RecipientRecords>();
  const unknown = new Set<string>();
  const missing = emails.filter((e) => !cached.has(e));
  if (missing.length === 0 || !deps.coldRead) return { records, unknown };

  const saved = await deps.db.campaignFetched.bulkGet(missing);
  const cutoff = deps.now.getTime() - CAMPAIGN_FETCH_TTL_MS;
  const toFetch: string[] = [];
  missing.forEach((email, i) => {
    const row = saved[i];
    const stale = !row || Date.parse(row.fetchedAt) < cutoff || row.coverage !== CAMPAIGN_FETCH_COVERAGE;
    if (stale) return void toFetch.push(email);
    if (row.found && row.records) records.set(email, row.records);
  });
  if (toFetch.length === 0) return { records, unknown };

  let result: ContactsByEmail;
  try {
    result = await deps.coldRead(toFetch);
  } catch {
    for (const email of toFetch) unknown.add(email);
    return { records, unknown };
  }
  const fetchedAt = deps.now.toISOString();
  const rows: CampaignFetchRow[] = [];
  const wanted = new Set(toFetch);
  const policyOf = new Map(result.policies.map((p) => [p.contactId, p]));
  for (const contact of result.contacts) {
    const policy = policyOf.get(contact.id);
    const found: RecipientRecords = {
      contact,
      ...(policy ? { policy } : {}),
      deals: result.deals.filter((d) => d.contactIds.includes(contact.id)),
      quotes: result.quotes.filter((q) => q.contactIds.includes(contact.id)),
      // Rep and marketing emails have no bulk read: empty here, and every such verdict says so (COLD_READ_NOTE).
      outreach: [],
      marketing: [],
    };
    for (const email of contact.emails) {
      if (!wanted.has(email) || records.has(email)) continue;
      records.set(email, found);
      rows.push({ email, fetchedAt, found: true, records: found, coverage: CAMPAIGN_FETCH_COVERAGE });
    }
  }
  for (const email of result.notFound) rows.push({ email, fetchedAt, found: false, coverage: CAMPAIGN_FETCH_COVERAGE });
  for (const email of result.unknown) unknown.add(email);
  await deps.db.campaignFetched.bulkPut(rows);
  return { records, unknown };
}
