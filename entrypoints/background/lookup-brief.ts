import type { PreflightDb } from '../../lib/cache/db';
import { type ContactMatch, findCachedContact, findPossibleMatch, lookupKey } from '../../lib/cache/read/find-contact';
import { readBrief } from '../../lib/cache/read/read-brief';
import { rememberLookupMiss } from '../../lib/cache/write/lookup-misses';
import { replaceContactRecords } from '../../lib/cache/write/merge-records';
import type { Connector } from '../../lib/connectors/connector';
import { isInternalEmail, normalizeEmail } from '../../lib/identity/email';
import type { Brief, BriefLookup } from '../../lib/model/brief';
import type { PersonOnPage } from '../../lib/model/page-context';
import type { Settings } from '../../lib/model/settings';
import { TIMED_OUT, within } from './within';

export interface LookupDeps {
  db: PreflightDb;
  connector: Connector;
  settings: Settings;
  now: () => Date;
  /**
   * The send check: do-not-contact flags older than `settings.dncRevalidateMinutes` are re-read before the
   * answer (the caller's time budget still applies). Without it, a stale brief is answered from the cache
   * and refreshed behind it.
   */
  revalidatePolicy?: boolean;
  /** Re-read a cached person from the CRM before answering (the sidebar's Refresh). */
  forceRefresh?: boolean;
}

/** How long a send waits for stale do-not-contact flags to be re-read (under the check's 1.5 s lookup budget). */
export const POLICY_REFRESH_WAIT_MS = 1000;
/** After a failed refresh we wait this long before asking the CRM about that contact again. */
const REFRESH_COOLDOWN_MS = 60_000;

// Per worker: one refresh per contact at a time, and a memory of recent failures so an offline sidebar
// does not poll the network. Losing these when the worker stops only costs one extra request.
const refreshing = new Map<string, Promise<string | undefined>>();
const failedAt = new Map<string, { at: number; message: string }>();

/**
 * Resolves a person on screen to a brief: the cache answers at once (and a stale one is refreshed behind it);
 * on a miss the connector is asked and what it returns is cached. "Not in CRM" is only said when the source
 * answered; a failure is an error, never an empty brief.
 */
export async function lookupBrief(person: PersonOnPage, deps: LookupDeps): Promise<BriefLookup> {
  const email = normalizeEmail(person.email);
  if (email && isInternalEmail(email, deps.settings.sellerDomains)) return { status: 'internal', email };

  const cached = await findCachedContact(deps.db, person);
  if (cached) return answerFromCache(cached, deps);

  const key = lookupKey(person);
  const miss = key ? await deps.db.lookupMisses.get(key) : undefined;
  if (miss && deps.connector.source !== 'demo' && ageMs(miss.checkedAt, deps.now()) < staleMs(deps.settings)) {
    return (
      (await possibleMatch(person, deps)) ?? {
        status: 'not_in_crm',
        ...(email ? { email } : {}),
        checkedAt: miss.checkedAt,
      }
    );
  }

  let fetched;
  try {
    fetched = await deps.connector.findPerson(person);
  } catch (error) {
    return { status: 'error', message: describeLookupFailure(error) };
  }
  if (fetched) {
    await replaceContactRecords(deps.db, fetched, deps.now().toISOString());
    const found = await findCachedContact(deps.db, person);
    if (found) return { status: 'found', brief: await readBrief(deps.db, found.contact), matchedBy: found.matchedBy };
  }

  const checkedAt = deps.now().toISOString();
  if (key) await rememberLookupMiss(deps.db, key, checkedAt);
  return (await possibleMatch(person, deps)) ?? { status: 'not_in_crm', ...(email ? { email } : {}), checkedAt };
}

/** Same name at the same company domain, offered as "possible match" for the rep to confirm or reject. */
async function possibleMatch(person: PersonOnPage, deps: LookupDeps): Promise<BriefLookup | undefined> {
  const guess = await findPossibleMatch(deps.db, person);
  if (!guess) return undefined;
  return { status: 'found', brief: await readBrief(deps.db, guess.contact), matchedBy: 'name_company' };
}

async function answerFromCache(cached: ContactMatch, deps: LookupDeps): Promise<BriefLookup> {
  const brief = await readBrief(deps.db, cached.contact);
  const found = { status: 'found' as const, brief, matchedBy: cached.matchedBy };
  // The demo is cached whole and never changes behind our back: nothing to refresh.
  if (deps.connector.source === 'demo') return found;

  if (deps.forceRefresh) {
    failedAt.delete(cached.contact.id); // a rep asking explicitly skips the cool-down
    const problem = await refreshContact(cached, deps);
    if (problem) return { ...found, refreshError: problem };
    return reread(cached, deps, found);
  }

  const now = deps.now();
  const policyTooOld =
    deps.revalidatePolicy && sectionAge(brief, 'policy', now) > deps.settings.dncRevalidateMinutes * 60_000;
  const stale = oldestSectionAge(brief, now) > staleMs(deps.settings);
  if (!stale && !policyTooOld) return found;

  const recentFailure = failedAt.get(cached.contact.id);
  if (recentFailure && now.getTime() - recentFailure.at < REFRESH_COOLDOWN_MS) {
    return { ...found, refreshError: recentFailure.message };
  }
  const refresh = refreshContact(cached, deps);
  if (!policyTooOld) return { ...found, refreshing: true };

  // Before a send, a stale do-not-contact flag is re-read first; if the CRM is slow, the cached flags decide
  // (a known flag must never turn into "unknown" because HubSpot took too long).
  const problem = await within(refresh, POLICY_REFRESH_WAIT_MS);
  if (problem === TIMED_OUT) {
    return {
      ...found,
      refreshError: 'Do-not-contact flags could not be re-checked in time; the cached ones were used.',
    };
  }
  if (problem) return { ...found, refreshError: problem };
  return reread(cached, deps, found);
}

/** The brief again from the cache after a refresh wrote to it. */
async function reread(cached: ContactMatch, deps: LookupDeps, fallback: BriefLookup): Promise<BriefLookup> {
  const again = await findCachedContact(deps.db, { crmRecord: crmRecordOf(cached), role: 'recipient' });
  if (!again) return fallback;
  return { status: 'found', brief: await readBrief(deps.db, again.contact), matchedBy: cached.matchedBy };
}

/** Re-reads one contact by its CRM id; resolves to a problem description, or undefined when it worked. */
function refreshContact(cached: ContactMatch, deps: LookupDeps): Promise<string | undefined> {
  const id = cached.contact.id;
  let running = refreshing.get(id);
  if (running) return running;
  running = (async () => {
    try {
      const fetched = await deps.connector.findPerson({ crmRecord: crmRecordOf(cached), role: 'recipient' });
      if (!fetched) {
        // Gone from the CRM (deleted or merged): keep showing the last brief, say so, and do not ask on every open.
        const message = 'This contact is no longer in the CRM; the last cached brief is shown.';
        failedAt.set(id, { at: deps.now().getTime(), message });
        return message;
      }
      await replaceContactRecords(deps.db, fetched, deps.now().toISOString());
      failedAt.delete(id);
      return undefined;
    } catch (error) {
      const message = describeLookupFailure(error);
      failedAt.set(id, { at: deps.now().getTime(), message });
      return message;
    } finally {
      refreshing.delete(id);
    }
  })();
  refreshing.set(id, running);
  return running;
}

function crmRecordOf(cached: ContactMatch): NonNullable<PersonOnPage['crmRecord']> {
  const hubspot = cached.contact.crmIds.hubspot;
  if (hubspot) return { crm: 'hubspot', objectType: 'contact', id: hubspot.id, portalId: hubspot.portalId };
  const salesforce = cached.contact.crmIds.salesforce;
  if (salesforce) return { crm: 'salesforce', objectType: 'contact', id: salesforce.id };
  throw new Error('cached contact has no CRM id');
}

/** What the rep reads when the CRM could not answer; the kind comes from the connector's error, never its text. */
export function describeLookupFailure(error: unknown): string {
  const kind = typeof error === 'object' && error !== null && 'kind' in error ? String(error.kind) : '';
  switch (kind) {
    case 'unauthorized':
      return 'HubSpot needs to be reconnected (settings page). Cached briefs are still shown.';
    case 'network':
    case 'timeout':
      return 'The CRM could not be reached (offline?). Showing what is cached.';
    case 'rate_limited':
      return 'The CRM is rate-limiting requests; try again shortly.';
    default:
      return 'The CRM could not be reached, so this person could not be checked.';
  }
}

function staleMs(settings: Settings): number {
  return settings.briefStaleMinutes * 60_000;
}

function ageMs(iso: string, now: Date): number {
  return now.getTime() - Date.parse(iso);
}

function sectionAge(brief: Brief, section: keyof Brief['freshness'], now: Date): number {
  const fetchedAt = brief.freshness[section]?.fetchedAt;
  return fetchedAt ? ageMs(fetchedAt, now) : Number.POSITIVE_INFINITY;
}

function oldestSectionAge(brief: Brief, now: Date): number {
  const ages = Object.values(brief.freshness).map((f) => ageMs(f.fetchedAt, now));
  return ages.length > 0 ? Math.max(...ages) : Number.POSITIVE_INFINITY;
}
