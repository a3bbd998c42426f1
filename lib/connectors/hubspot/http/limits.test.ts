import { describe, expect, it } from 'vitest';
import { bucketSpecFor, createLimiterRegistry, createPortalLimiter, DOCUMENTED_BURST, isSearchPath } from './limits';
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
  it('budgets at most the configured fraction of the documented burst', () => {
    const spec = bucketSpecFor(DOCUMENTED_BURST.free, 0.8);
    expect(spec.windowBudget).toBe(80);
    expect(spec.capacity + spec.refillTokens).toBe(80);
    expect(bucketSpecFor(DOCUMENTED_BURST.enterprise, 0.5).windowBudget).toBe(75);
  });

  it('classifies search paths', () => {
    expect(isSearchPath('/crm/v3/objects/contacts/search')).toBe(true);
    expect(isSearchPath('/crm/v3/objects/contacts/batch/read')).toBe(false);
    expect(isSearchPath('/crm/v3/objects/contacts/search/extra')).toBe(false);
  });

  it('100 requests on a free portal take the expected simulated time and never exceed 80 per 10 s', async () => {
    const time = new FakeTime();
    const limiter = createPortalLimiter({ tier: 'free', ...time });
    const { capacity, refillTokens } = limiter.specs.general;
    const at: number[] = [];
    const all = Array.from({ length: 100 }, () =>
      limiter.acquire('/crm/v3/objects/contacts/1').then(() => at.push(time.now)),
    );
    await time.drive(Promise.all(all));
    expect(at).toHaveLength(100);
    expect(time.now).toBeGreaterThanOrEqual(((100 - capacity) / refillTokens) * 10_000 - 1);
    expect(maxInWindow(at, 10_000)).toBeLessThanOrEqual(80);
  });

  it('paces search calls to at most 3 per second (80% of 4/s)', async () => {
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
    expect(a.specs.general.windowBudget).toBe(120);
    expect(registry.size).toBe(2);
  });
});
