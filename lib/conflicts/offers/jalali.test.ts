import { describe, expect, it } from 'vitest';
import { jalaliToUtc, jalaliYearOf } from './jalali';

/** ICU's Persian calendar, used here only as the reference the arithmetic must agree with. */
const persian = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function viaIntl(utc: number): [number, number, number] {
  const parts = persian.formatToParts(new Date(utc));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

describe('jalali', () => {
  it('converts known dates', () => {
    expect(new Date(jalaliToUtc(1405, 9, 15) ?? 0).toISOString()).toBe('2026-12-06T00:00:00.000Z');
    expect(new Date(jalaliToUtc(1405, 1, 1) ?? 0).toISOString()).toBe('2026-03-21T00:00:00.000Z');
    expect(new Date(jalaliToUtc(1403, 12, 30) ?? 0).toISOString()).toBe('2025-03-20T00:00:00.000Z');
  });

  it('agrees with Intl on Nowruz, the last day of Esfand and a mid-year date, 1350–1500', () => {
    for (let year = 1350; year <= 1500; year++) {
      const nowruz = jalaliToUtc(year, 1, 1);
      expect(nowruz, `1 Farvardin ${year}`).toBeDefined();
      expect(viaIntl(nowruz ?? 0)).toEqual([year, 1, 1]);
      const lastDay = jalaliToUtc(year, 12, 30) ?? jalaliToUtc(year, 12, 29);
      expect(viaIntl((lastDay ?? 0) + 86_400_000)).toEqual([year + 1, 1, 1]);
      expect(viaIntl(jalaliToUtc(year, 9, 15) ?? 0)).toEqual([year, 9, 15]);
    }
  });

  it('rejects days that do not exist', () => {
    expect(jalaliToUtc(1404, 12, 30)).toBeUndefined(); // 1404 is a common year
    expect(jalaliToUtc(1405, 7, 31)).toBeUndefined();
    expect(jalaliToUtc(1405, 13, 1)).toBeUndefined();
  });

  it('finds the Persian year of a day', () => {
    expect(jalaliYearOf(Date.UTC(2026, 10, 10))).toBe(1405);
    expect(jalaliYearOf(Date.UTC(2026, 2, 20))).toBe(1404);
    expect(jalaliYearOf(Date.UTC(2026, 2, 21))).toBe(1405);
  });
});
