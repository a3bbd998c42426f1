/**
 * Persian (Solar Hijri) calendar dates to Gregorian, by arithmetic. Intl's "persian" calendar would do, but the
 * first use of it loads ICU calendar data (tens of milliseconds) and the background worker is often cold when the
 * rep presses Send. This is the 33-year-cycle algorithm with its table of cycle breaks (Borkowski; as used by the
 * widely deployed jalaali-js), valid for Persian years -61 to 3177; the unit test checks it against Intl.
 */

const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
];

const DAY_MS = 86_400_000;

/** Integer division and remainder truncating toward zero, as the published algorithm specifies. */
const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;

interface YearInfo {
  /** The day in March of Gregorian year `year + 621` on which 1 Farvardin falls. */
  march: number;
  /** Whether Esfand has 30 days. */
  leap: boolean;
}

function yearInfo(year: number): YearInfo | undefined {
  const last = BREAKS[BREAKS.length - 1] ?? 0;
  let previous = BREAKS[0] ?? 0;
  if (!Number.isInteger(year) || year < previous || year >= last) return undefined;
  let leapCount = -14;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const next = BREAKS[i] ?? 0;
    jump = next - previous;
    if (year < next) break;
    leapCount += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    previous = next;
  }
  let n = year - previous;
  leapCount += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapCount += 1;
  const gregorianYear = year + 621;
  const gregorianLeaps = div(gregorianYear, 4) - div((div(gregorianYear, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapCount - gregorianLeaps;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { march, leap: leap === 0 };
}

/** UTC midnight of 1 Farvardin (Nowruz) of a Persian year. */
function nowruzUtc(year: number): number | undefined {
  const info = yearInfo(year);
  return info && Date.UTC(year + 621, 2, info.march);
}

/** The Persian year a UTC day falls in. */
export function jalaliYearOf(utcMs: number): number {
  const guess = new Date(utcMs).getUTCFullYear() - 621;
  const nowruz = nowruzUtc(guess);
  return nowruz !== undefined && utcMs < nowruz ? guess - 1 : guess;
}

/** The Gregorian UTC midnight of a Persian date, or undefined when it does not exist (30 Esfand in a common year). */
export function jalaliToUtc(year: number, month: number, day: number): number | undefined {
  const info = yearInfo(year);
  if (!info || month < 1 || month > 12 || day < 1) return undefined;
  // Months 1–6 have 31 days, 7–11 have 30, Esfand 29 or 30.
  const length = month <= 6 ? 31 : month <= 11 ? 30 : info.leap ? 30 : 29;
  if (day > length) return undefined;
  const offset = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  return Date.UTC(year + 621, 2, info.march) + offset * DAY_MS;
}
