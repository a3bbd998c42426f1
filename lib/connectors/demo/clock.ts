/**
 * Every demo date is an offset from one anchor instant, so "emailed yesterday" stays true whenever the
 * workspace is generated. Offsets are plain milliseconds (no calendar snapping): moving the anchor moves
 * every date by exactly the same amount, which the determinism test relies on.
 */

const MINUTE_MS = 60_000;
export const DAY_IN_MS = 86_400_000;

export interface Clock {
  readonly anchorMs: number;
  /** ISO time `days` (may be fractional) before the anchor. */
  daysAgo(days: number): string;
  /** ISO time `days` after the anchor. */
  daysAhead(days: number): string;
  /** ISO time `minutes` after `iso`, but never later than one minute before the anchor (no events from the future). */
  minutesAfter(iso: string, minutes: number): string;
  /** Milliseconds between `iso` and the anchor, positive in the past. */
  ageMs(iso: string): number;
  /** Epoch-ms variants for hot paths: converting to ISO and back costs more than the rest of the generator. */
  msDaysAgo(days: number): number;
  msMinutesAfter(fromMs: number, minutes: number): number;
  iso(ms: number): string;
}

export function createClock(anchor: Date): Clock {
  const anchorMs = anchor.getTime();
  if (!Number.isFinite(anchorMs)) throw new RangeError('demo workspace anchor is not a valid date');
  const iso = (ms: number): string => new Date(ms).toISOString();
  const msDaysAgo = (days: number): number => anchorMs - Math.round(days * DAY_IN_MS);
  const msMinutesAfter = (fromMs: number, minutes: number): number =>
    Math.min(fromMs + Math.round(minutes * MINUTE_MS), anchorMs - MINUTE_MS);
  return {
    anchorMs,
    daysAgo: (days) => iso(msDaysAgo(days)),
    daysAhead: (days) => iso(msDaysAgo(-days)),
    minutesAfter: (from, minutes) => iso(msMinutesAfter(Date.parse(from), minutes)),
    ageMs: (value) => anchorMs - Date.parse(value),
    msDaysAgo,
    msMinutesAfter,
    iso,
  };
}
