import { describe, expect, it } from 'vitest';
import { createClock } from './clock';

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
