import { describe, expect, it } from 'vitest';
import { createClock, isoFromMs } from './clock';
import { createRng } from './prng';

describe('isoFromMs', () => {
  it('matches Date#toISOString across eras, leap days and millisecond edges', () => {
    const samples = [
      0,
      -1,
      951_782_400_000, // 2000-02-29
      4_107_542_399_999, // 2100-02-28T23:59:59.999Z
      -62_135_596_800_000, // 0001-01-01
      253_402_300_799_999, // 9999-12-31T23:59:59.999Z
      253_402_300_800_000, // first 6-digit year: falls back
      -62_135_596_800_001,
    ];
    const rng = createRng(42);
    for (let i = 0; i < 20_000; i++) samples.push(Math.floor((rng.next() - 0.3) * 8e12));
    for (const ms of samples) expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
  });
});

describe('createClock', () => {
  const clock = createClock(new Date('2025-10-15T09:30:00.000Z'));

  it('counts days back and forward from the anchor', () => {
    expect(clock.daysAgo(12)).toBe('2025-10-03T09:30:00.000Z');
    expect(clock.daysAhead(9)).toBe('2025-10-24T09:30:00.000Z');
    expect(clock.daysAgo(0.5)).toBe('2025-10-14T21:30:00.000Z');
  });

  it('never puts an event after the anchor', () => {
    expect(clock.minutesAfter(clock.daysAgo(0.01), 600)).toBe('2025-10-15T09:29:00.000Z');
  });
});
