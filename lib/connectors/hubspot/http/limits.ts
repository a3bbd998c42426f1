import { TokenBucket, type Clock, type Sleep } from './token-bucket';

/**
 * HubSpot's documented limits (crm-api-facts.md §0, developers.hubspot.com/apisbytier).
 * - Free/Starter 100 per 10 s; Professional/Enterprise 150 per 10 s; API add-on 200 per 10 s;
 *   OAuth (public) apps 100 per 10 s per installed account.
 * - We use 150 for Professional/Enterprise, not the 190 some sources give for private apps: the facts file
 *   documents 150, and erring low only costs a little latency.
 * - Search (`/crm/v3/objects/{type}/search`): 5 per second in the current guide, 4 in the older changelog;
 *   we budget 4. Search responses carry no rate-limit headers, so pacing is all we have.
 */
export type HubSpotTier = 'free' | 'starter' | 'professional' | 'enterprise' | 'api_add_on' | 'oauth_app';

export interface DocumentedLimit {
  max: number;
  intervalMs: number;
}

export const DOCUMENTED_BURST: Readonly<Record<HubSpotTier, DocumentedLimit>> = {
  free: { max: 100, intervalMs: 10_000 },
  starter: { max: 100, intervalMs: 10_000 },
  professional: { max: 150, intervalMs: 10_000 },
  enterprise: { max: 150, intervalMs: 10_000 },
  api_add_on: { max: 200, intervalMs: 10_000 },
  oauth_app: { max: 100, intervalMs: 10_000 },
};

export const SEARCH_LIMIT: DocumentedLimit = { max: 4, intervalMs: 1_000 };

/** Share of the documented burst we allow ourselves, so other apps on the portal keep headroom. */
export const DEFAULT_FRACTION = 0.8;
/** Share of our window budget that may go out at once; the rest trickles in at a steady rate. */
export const DEFAULT_BURST_SHARE = 0.25;

export interface BucketSpec {
  capacity: number;
  refillTokens: number;
  refillIntervalMs: number;
  /** Most requests admitted in any window of `refillIntervalMs`: capacity + refillTokens. */
  windowBudget: number;
}

/**
 * Turns a documented limit into bucket settings. A continuous token bucket admits at most
 * `capacity + refillTokens` in any window of one interval, so we split `floor(max * fraction)` between the two.
 */
export function bucketSpecFor(
  limit: DocumentedLimit,
  fraction = DEFAULT_FRACTION,
  burstShare = DEFAULT_BURST_SHARE,
): BucketSpec {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError('fraction must be in (0, 1]');
  if (!(burstShare > 0 && burstShare < 1)) throw new RangeError('burstShare must be in (0, 1)');
  const windowBudget = Math.max(2, Math.floor(limit.max * fraction));
  const capacity = Math.min(windowBudget - 1, Math.max(1, Math.floor(windowBudget * burstShare)));
  return { capacity, refillTokens: windowBudget - capacity, refillIntervalMs: limit.intervalMs, windowBudget };
}

const SEARCH_PATH = /^\/crm\/v3\/objects\/[^/]+\/search$/;

export function isSearchPath(path: string): boolean {
  return SEARCH_PATH.test(path);
}

/** What the client needs from a limiter. */
export interface RequestLimiter {
  /** Resolves when a request to `path` may go out. */
  acquire(path: string): Promise<void>;
  /** HubSpot said 429: hold every request of that kind for `ms`. */
  backOff(path: string, ms: number): void;
}

export interface LimitPolicy {
  tier?: HubSpotTier;
  fraction?: number;
  burstShare?: number;
}

export interface PortalLimiter extends RequestLimiter {
  readonly general: TokenBucket;
  readonly search: TokenBucket;
  readonly specs: { general: BucketSpec; search: BucketSpec };
}

/**
 * One portal's limiter. Search calls take a token from the search bucket and then one from the general bucket
 * (whether search counts toward the 10 s limit is not documented; counting it is the safe side).
 */
export function createPortalLimiter(options: LimitPolicy & { clock: Clock; sleep: Sleep }): PortalLimiter {
  const { clock, sleep } = options;
  const tier = options.tier ?? 'free';
  const general = bucketSpecFor(DOCUMENTED_BURST[tier], options.fraction, options.burstShare);
  const search = bucketSpecFor(SEARCH_LIMIT, options.fraction, options.burstShare);
  const generalBucket = new TokenBucket({ ...general, clock, sleep });
  const searchBucket = new TokenBucket({ ...search, clock, sleep });
  return {
    general: generalBucket,
    search: searchBucket,
    specs: { general, search },
    async acquire(path) {
      if (isSearchPath(path)) await searchBucket.take();
      await generalBucket.take();
    },
    backOff(path, ms) {
      if (isSearchPath(path)) searchBucket.pauseFor(ms);
      else generalBucket.pauseFor(ms);
    },
  };
}

export interface LimiterRegistry {
  /** The limiter of one portal, created on first use; later calls ignore `tier`. */
  forPortal(portalId: string | number, tier?: HubSpotTier): PortalLimiter;
  delete(portalId: string | number): void;
  readonly size: number;
}

/** One limiter per HubSpot portal: every client talking to the same portal shares its budget. */
export function createLimiterRegistry(
  options: Omit<LimitPolicy, 'tier'> & { clock: Clock; sleep: Sleep; defaultTier?: HubSpotTier },
): LimiterRegistry {
  const limiters = new Map<string, PortalLimiter>();
  return {
    forPortal(portalId, tier) {
      const key = String(portalId);
      let limiter = limiters.get(key);
      if (!limiter) {
        limiter = createPortalLimiter({ ...options, tier: tier ?? options.defaultTier ?? 'free' });
        limiters.set(key, limiter);
      }
      return limiter;
    },
    delete(portalId) {
      limiters.delete(String(portalId));
    },
    get size() {
      return limiters.size;
    },
  };
}
