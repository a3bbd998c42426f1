import { Dexie, type ObservabilitySet } from 'dexie';
import type { PreflightDb } from '../../lib/cache/db';
import {
  buildCampaignIndex,
  CAMPAIGN_INDEX_TABLES,
  countCovered,
  type CampaignIndex,
} from '../../lib/cache/read/campaign-index';

export interface CampaignIndexHolder {
  /** The index of the cache as it is now: built on first use, rebuilt after any write to the tables it covers. */
  current(): Promise<CampaignIndex | undefined>;
}

/**
 * Keeps one in-memory campaign index per worker life. Dexie reports every committed write, from this worker or
 * any extension page, as `storagemutated`; a write to a covered table drops the index, so a check never answers
 * from a cache older than its last sync. A build that raced a write is used once (it is what the cache held when
 * the check began) and not kept. Row counts are compared on every use as well, for writes Dexie cannot see.
 */
/** Row counts are compared at most this often (Dexie's change events cover every write made through Dexie). */
export const RECOUNT_AFTER_MS = 2000;

export function createCampaignIndexHolder(db: PreflightDb): CampaignIndexHolder {
  const prefixes = CAMPAIGN_INDEX_TABLES.map((table) => `idb://${db.name}/${table}/`);
  let building: Promise<CampaignIndex | undefined> | undefined;
  let generation = 0;
  let listening = false;
  /** When the row counts last matched the held index; counting 100,000 rows is not free in Chromium. */
  let countedAt = 0;

  const onMutated = (parts: ObservabilitySet) => {
    if (!Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) return;
    generation += 1;
    building = undefined;
  };

  return {
    async current() {
      if (!listening) {
        Dexie.on('storagemutated', onMutated);
        listening = true;
      }
      if (building) {
        const held = building;
        const index = await held.catch(() => undefined);
        // Same rows counted as when it was built: keep it. Otherwise something wrote without Dexie noticing.
        if (index && Date.now() - countedAt < RECOUNT_AFTER_MS) return index;
        if (index && index.counts === (await countCovered(db))) {
          countedAt = Date.now();
          return index;
        }
        if (building === held) building = undefined;
      }
      if (building) return building;
      const startedAt = generation;
      const attempt: Promise<CampaignIndex | undefined> = buildCampaignIndex(db).then(
        (index) => {
          if (generation !== startedAt && building === attempt) building = undefined;
          return index;
        },
        (error: unknown) => {
          if (building === attempt) building = undefined;
          throw error;
        },
      );
      building = attempt;
      return attempt;
    },
  };
}
