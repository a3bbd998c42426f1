import { describe, expect, it } from 'vitest';
import { FakeTime } from './test-support';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('admits a burst of `capacity` at once, then paces at the refill rate', async () => {
    const time = new FakeTime();
    const bucket = new TokenBucket({ capacity: 3, refillTokens: 1, refillIntervalMs: 1000, ...time });
    const at: number[] = [];
    const all = Array.from({ length: 6 }, () => bucket.take().then(() => at.push(time.now)));
    await time.drive(Promise.all(all));
    expect(at).toEqual([0, 0, 0, 1000, 2000, 3000]);
  });

  it('serves concurrent callers first come, first served', async () => {
    const time = new FakeTime();
    const bucket = new TokenBucket({ capacity: 1, refillTokens: 1, refillIntervalMs: 100, initialTokens: 0, ...time });
    const order: number[] = [];
    const all = [0, 1, 2, 3, 4].map((i) => bucket.take().then(() => order.push(i)));
    await time.drive(Promise.all(all));
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(time.now).toBe(500);
  });

  it('sleeps until the next token instead of polling', async () => {
    const time = new FakeTime();
    const bucket = new TokenBucket({ capacity: 1, refillTokens: 1, refillIntervalMs: 10_000, ...time });
    await time.drive(Promise.all([bucket.take(), bucket.take(), bucket.take()]));
    expect(time.sleeps).toEqual([10_000, 10_000]);
  });

  it('holds every waiter during a pause', async () => {
    const time = new FakeTime();
    const bucket = new TokenBucket({ capacity: 5, refillTokens: 5, refillIntervalMs: 1000, ...time });
    bucket.pauseFor(2000);
    let when = -1;
    await time.drive(bucket.take().then(() => (when = time.now)));
    expect(when).toBe(2000);
  });

  it('with a window cap, never admits more than its max in any window, whatever the bucket would allow', async () => {
    const time = new FakeTime();
    const windows = [{ max: 4, ms: 1000 }];
    const bucket = new TokenBucket({ capacity: 3, refillTokens: 4, refillIntervalMs: 1000, windows, ...time });
    const at: number[] = [];
    const all = Array.from({ length: 10 }, () => bucket.take().then(() => at.push(time.now)));
    await time.drive(Promise.all(all));
    // Bucket alone: 3 at once, then one per 250 ms (7 in the first second). The log holds it to 4 per second:
    // the 5th waits until the first leaves the window at 1000, and the refilled bucket then bursts again.
    expect(at).toEqual([0, 0, 0, 250, 1000, 1000, 1000, 1250, 2000, 2000]);
  });

  it('honours every window: the longer one delays a burst the shorter one would let through', async () => {
    const time = new FakeTime();
    const windows = [
      { max: 4, ms: 1000 },
      { max: 5, ms: 1500 },
    ];
    const bucket = new TokenBucket({ capacity: 4, refillTokens: 4, refillIntervalMs: 1000, windows, ...time });
    const at: number[] = [];
    const all = Array.from({ length: 9 }, () => bucket.take().then(() => at.push(time.now)));
    await time.drive(Promise.all(all));
    // 4 at 0; at 1000 the 1 s window frees 4, but the 1.5 s window still holds those 4: one more until 1500.
    expect(at).toEqual([0, 0, 0, 0, 1000, 1500, 1500, 1500, 2000]);
  });

  it('rejects nonsense settings', () => {
    const time = new FakeTime();
    expect(() => new TokenBucket({ capacity: 0, refillTokens: 1, refillIntervalMs: 1, ...time })).toThrow(RangeError);
    expect(
      () =>
        new TokenBucket({ capacity: 1, refillTokens: 1, refillIntervalMs: 1, windows: [{ max: 0, ms: 1 }], ...time }),
    ).toThrow(RangeError);
  });
});
