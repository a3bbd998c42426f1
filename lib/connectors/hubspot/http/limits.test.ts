import { describe, expect, it } from 'vitest';
import {
  bucketSpecFor,
  createLimiterRegistry,
  createPortalLimiter,
  DEFAULT_FRACTION,
  DOCUMENTED_BURST,
  isSearchPath,
} from './limits';
import { FakeTime } from './test-support';

function maxInWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] as number) - (times[j] as number) >= windowMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

describe('limits', () => {
  it('sustains the configured fraction of the documented limit, with a burst and a jitter cap at the documented max', () => {
    const spec = bucketSpecFor(DOCUMENTED_BURST.free, 0.85, 500, 0.2);
    expect(spec.windowBudget).toBe(85);
    // The bucket refills at the whole budget: the sustained rate is 85 per 10 s, not a share of it.
    expect(spec.refillTokens).toBe(85);
    expect(spec.capacity).toBe(20);
    // What HubSpot counts in 10 s left within 10.5 s when the jitter stays under 500 ms: at most the documented 100.
    expect(spec.jitterWindow).toEqual({ max: 100, ms: 10_500 });
    expect(bucketSpecFor(DOCUMENTED_BURST.enterprise, 0.5).windowBudget).toBe(75);
    expect(bucketSpecFor(DOCUMENTED_BURST.free).windowBudget).toBe(Math.floor(100 * DEFAULT_FRACTION));
  });

  it('lets a cold brief (18 calls) out at once when the portal was quiet', async () => {
    const time = new FakeTime();
    const limiter = createPortalLimiter({ tier: 'free', ...time });
    await time.drive(Promise.all(Array.from({ length: 18 }, () => limiter.acquire('/crm/v3/objects/contacts/1'))));
    expect(time.now).toBe(0);
  });

  it('classifies search paths', () => {
    expect(isSearchPath('/crm/v3/objects/contacts/search')).toBe(true);
    expect(isSearchPath('/crm/v3/objects/contacts/batch/read')).toBe(false);
    expect(isSearchPath('/crm/v3/objects/contacts/search/extra')).toBe(false);
  });

  it('a long run on a free portal sustains 85 % of 100 per 10 s and never exceeds 85 in any 10 s', async () => {
    const time = new FakeTime();
    const limiter = createPortalLimiter({ tier: 'free', ...time });
    const at: number[] = [];
    const all = Array.from({ length: 600 }, () =>
      limiter.acquire('/crm/v3/objects/contacts/1').then(() => at.push(time.now)),
    );
    await time.drive(Promise.all(all));
    expect(at).toHaveLength(600);
    expect(maxInWindow(at, 10_000)).toBeLessThanOrEqual(85);
    // Sustained: every full 10 s of the run admits the whole budget, not a share of it.
    for (let k = 0; k < 6; k++) {
      expect(at.filter((t) => t >= k * 10_000 && t < (k + 1) * 10_000)).toHaveLength(85);
    }
  });

  it('requests delayed by up to 500 ms of network jitter still never exceed the documented 100 per 10 s', async () => {
    const time = new FakeTime();
    const limiter = createPortalLimiter({ tier: 'free', ...time });
    const at: number[] = [];
    const all = Array.from({ length: 400 }, () =>
      limiter.acquire('/crm/v3/objects/contacts/1').then(() => at.push(time.now)),
    );
    await time.drive(Promise.all(all));
    // Worst cases for HubSpot's rolling window: all early, all late, and every other one late.
    const shifts: Array<(i: number) => number> = [() => 0, () => 500, (i) => (i % 2) * 500, (i) => (i * 37) % 501];
    for (const shift of shifts) {
      const arrivals = at.map((t, i) => t + shift(i)).sort((a, b) => a - b);
      expect(maxInWindow(arrivals, 10_000)).toBeLessThanOrEqual(DOCUMENTED_BURST.free.max);
    }
    // The first interval's requests late, the rest on time: they bunch up against the next ones.
    const bunched = at.map((t) => (t < 10_000 ? t + 500 : t)).sort((a, b) => a - b);
    expect(maxInWindow(bunched, 10_000)).toBeLessThanOrEqual(DOCUMENTED_BURST.free.max);
    // Any delays in [0, 500] ms: what lands in 10 s left within 10.5 s, so this bounds every case at once.
    expect(maxInWindow(at, 10_500)).toBeLessThanOrEqual(DOCUMENTED_BURST.free.max);
  });

  it('paces search calls to at most 3 per second (85 % of 4/s, rounded down)', async () => {
    const time = new FakeTime();
    const limiter = createPortalLimiter({ tier: 'enterprise', ...time });
    const at: number[] = [];
    const all = Array.from({ length: 20 }, () =>
      limiter.acquire('/crm/v3/objects/contacts/search').then(() => at.push(time.now)),
    );
    await time.drive(Promise.all(all));
    expect(maxInWindow(at, 1000)).toBeLessThanOrEqual(3);
  });

  it('backOff pauses only the bucket of that kind of path', async () => {
    const time = new FakeTime();
    const limiter = createPortalLimiter({ ...time });
    limiter.backOff('/crm/v3/objects/contacts/search', 5000);
    let general = -1;
    await time.drive(limiter.acquire('/crm/v3/objects/contacts/1').then(() => (general = time.now)));
    expect(general).toBe(0);
    let search = -1;
    await time.drive(limiter.acquire('/crm/v3/objects/contacts/search').then(() => (search = time.now)));
    expect(search).toBe(5000);
  });

  it('keeps one limiter per portal', () => {
    const registry = createLimiterRegistry({ ...new FakeTime() });
    const a = registry.forPortal(4400123, 'professional');
    expect(registry.forPortal('4400123')).toBe(a);
    expect(registry.forPortal(1)).not.toBe(a);
    expect(a.specs.general.windowBudget).toBe(127);
    expect(registry.size).toBe(2);
  });
});
