import type { PreflightDb } from '../../lib/cache/db';
import { findCachedContact, lookupKey } from '../../lib/cache/read/find-contact';
import { readBrief } from '../../lib/cache/read/read-brief';
import { rememberLookupMiss } from '../../lib/cache/write/lookup-misses';
import { mergeRecords } from '../../lib/cache/write/merge-records';
import type { Connector } from '../../lib/connectors/connector';
import { isInternalEmail, normalizeEmail } from '../../lib/identity/email';
import type { BriefLookup } from '../../lib/model/brief';
import type { PersonOnPage } from '../../lib/model/page-context';
import type { Settings } from '../../lib/model/settings';

export interface LookupDeps {
  db: PreflightDb;
  connector: Connector;
  settings: Settings;
  now: () => Date;
}

/**
 * Resolves a person on screen to a brief: the cache answers at once; on a miss the connector is asked and
 * what it returns is cached. "Not in CRM" is only said when the source answered; a failure is an error,
 * never an empty brief.
 */
export async function lookupBrief(person: PersonOnPage, deps: LookupDeps): Promise<BriefLookup> {
  const email = normalizeEmail(person.email);
  if (email && isInternalEmail(email, deps.settings.sellerDomains)) return { status: 'internal', email };

  const cached = await findCachedContact(deps.db, person);
  if (cached) {
    return { status: 'found', brief: await readBrief(deps.db, cached.contact), matchedBy: cached.matchedBy };
  }

  let fetched;
  try {
    fetched = await deps.connector.findPerson(person);
  } catch {
    return { status: 'error', message: 'The CRM could not be reached, so this person could not be checked.' };
  }
  if (fetched) {
    await mergeRecords(deps.db, fetched, deps.now().toISOString());
    const found = await findCachedContact(deps.db, person);
    if (found) return { status: 'found', brief: await readBrief(deps.db, found.contact), matchedBy: found.matchedBy };
  }

  const checkedAt = deps.now().toISOString();
  const key = lookupKey(person);
  if (key) await rememberLookupMiss(deps.db, key, checkedAt);
  return { status: 'not_in_crm', ...(email ? { email } : {}), checkedAt };
}
