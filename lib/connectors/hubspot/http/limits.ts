import { TokenBucket, type Clock, type SlidingWindow, type Sleep } from './token-bucket';

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

/**
 * Share of the documented limit we sustain. A long bulk read (a campaign check) runs at this rate for minutes,
 * so it is the throughput figure; the rest is headroom for other integrations on the portal and for jitter.
 */
export const DEFAULT_FRACTION = 0.85;
/**
 * Network jitter the pacing tolerates without a 429. HubSpot counts a request when it arrives, we count it when
 * it leaves; requests we spaced out can bunch up on the way. See `bucketSpecFor` for how the reserve is kept.
 */
export const DEFAULT_JITTER_RESERVE_MS = 500;
/** Share of the documented limit that may go out at once after a quiet spell: a cold brief's ~12–18 calls. */
export const DEFAULT_BURST_SHARE = 0.2;

export interface BucketSpec {
  /** Requests that may go out at once after a quiet spell (a cold brief's calls). */
  capacity: number;
  /** Sustained rate: `refillTokens` per `refillIntervalMs`, equal to `windowBudget`. */
  refillTokens: number;
  refillIntervalMs: number;
  /** Most requests admitted in any window of `refillIntervalMs` on our clock: `floor(max * fraction)`. */
  windowBudget: number;
  /** Most requests admitted in any window of `interval + jitter reserve`: the documented max. */
  jitterWindow: SlidingWindow;
}

/**
 * Turns a documented limit into pacing settings: a token bucket refilled at the full budget (so a long run
 * sustains `fraction` of the documented rate) with a burst for a cold brief, under two sliding-window caps.
 *
 * Why pacing and not HubSpot's `X-HubSpot-RateLimit-Remaining` header: the header arrives one round trip late,
 * many requests are in flight when it does, and search answers carry none, so it cannot steer admissions; it
 * would only tell us after the fact. Pacing on our own clock is exact, and the 429 back-off stays the safety net.
 *
 * Why two windows: requests leave spaced by our clock but arrive spaced by the network. HubSpot counts arrivals
 * in a rolling window, so what lands in one of its windows left within `interval + jitter` of each other. The
 * first cap (`windowBudget` per interval) is the sustained share; the second (the documented `max` per
 * `interval + jitterReserveMs`) is what guarantees HubSpot never counts more than `max` while the jitter stays
 * within the reserve, whatever the burst. A plain sliding window of the budget would tolerate no jitter: a
 * burst at the end of one interval and one at the start of the next could land in the same HubSpot window.
 */
export function bucketSpecFor(
  limit: DocumentedLimit,
  fraction = DEFAULT_FRACTION,
  jitterReserveMs = DEFAULT_JITTER_RESERVE_MS,
  burstShare = DEFAULT_BURST_SHARE,
): BucketSpec {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError('fraction must be in (0, 1]');
  if (!(jitterReserveMs >= 0)) throw new RangeError('jitterReserveMs must be >= 0');
  if (!(burstShare > 0 && burstShare <= 1)) throw new RangeError('burstShare must be in (0, 1]');
  const windowBudget = Math.max(1, Math.floor(limit.max * fraction));
  const capacity = Math.max(1, Math.min(windowBudget, Math.floor(limit.max * burstShare)));
  return {
    capacity,
    refillTokens: windowBudget,
    refillIntervalMs: limit.intervalMs,
    windowBudget,
    jitterWindow: { max: limit.max, ms: limit.intervalMs + jitterReserveMs },
  };
}

/** A bucket paced and capped as `spec` says. */
export function bucketFor(spec: BucketSpec, time: { clock: Clock; sleep: Sleep }): TokenBucket {
  const windows = [{ max: spec.windowBudget, ms: spec.refillIntervalMs }, spec.jitterWindow];
  return new TokenBucket({ ...spec, windows, ...time });
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
  jitterReserveMs?: number;
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
  const general = bucketSpecFor(DOCUMENTED_BURST[tier], options.fraction, options.jitterReserveMs, options.burstShare);
  const search = bucketSpecFor(SEARCH_LIMIT, options.fraction, options.jitterReserveMs, options.burstShare);
  const generalBucket = bucketFor(general, { clock, sleep });
  const searchBucket = bucketFor(search, { clock, sleep });
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
