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

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/** 0001-01-01 and 9999-12-31T23:59:59.999Z: outside these, toISOString uses a signed 6-digit year. */
const FAST_MIN_MS = -62_135_596_800_000;
const FAST_MAX_MS = 253_402_300_799_999;

/**
 * Same output as `new Date(ms).toISOString()`, several times faster. The workspace formats thousands of
 * timestamps on the extension's first-install path, and Date#toISOString was most of the generator's time.
 * Days to civil date: Howard Hinnant's `civil_from_days` (proleptic Gregorian, exact integer maths).
 */
export function isoFromMs(ms: number): string {
  if (!Number.isInteger(ms) || ms < FAST_MIN_MS || ms > FAST_MAX_MS) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY_IN_MS);
  let rest = ms - days * DAY_IN_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / MINUTE_MS);
  rest -= minute * MINUTE_MS;
  const second = Math.floor(rest / 1_000);
  const milli = rest - second * 1_000;

  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${pad3(milli)}Z`;
}

export function createClock(anchor: Date): Clock {
  const anchorMs = anchor.getTime();
  if (!Number.isFinite(anchorMs)) throw new RangeError('demo workspace anchor is not a valid date');
  const iso = isoFromMs;
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
