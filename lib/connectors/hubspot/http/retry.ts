import type { Clock } from './token-bucket';

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;
export const TEN_SECONDLY_MS = 10_000;

/** Full-jitter exponential backoff: uniform in [0, min(cap, base * 2^(retry-1))). `retry` counts from 1. */
export function backoffMs(retry: number, random: () => number, base = BACKOFF_BASE_MS, cap = BACKOFF_CAP_MS): number {
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, retry - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

export interface RateLimitInfo {
  waitMs: number;
  /** The daily cap was hit: retrying today is pointless. */
  daily: boolean;
}

/**
 * How long to wait after a 429: `Retry-After` (seconds or HTTP date) if present, else
 * `X-HubSpot-RateLimit-Interval-Milliseconds`, else 1 s for a SECONDLY policy, else 10 s (TEN_SECONDLY_ROLLING).
 */
export function rateLimitWait(headers: Headers, bodyText: string, clock: Clock): RateLimitInfo {
  let policy = '';
  try {
    const body: unknown = JSON.parse(bodyText);
    if (body && typeof body === 'object' && 'policyName' in body && typeof body.policyName === 'string') {
      policy = body.policyName.toUpperCase();
    }
  } catch {
    // Not JSON: fall back to headers and defaults.
  }
  const daily = policy === 'DAILY';
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return { waitMs: Math.round(Number(retryAfter) * 1000), daily };
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return { waitMs: Math.max(0, at - clock.now()), daily };
  }
  const interval = Number(headers.get('x-hubspot-ratelimit-interval-milliseconds'));
  if (Number.isFinite(interval) && interval > 0) return { waitMs: interval, daily };
  if (policy === 'SECONDLY') return { waitMs: 1_000, daily };
  return { waitMs: TEN_SECONDLY_MS, daily };
}
