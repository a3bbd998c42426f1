import { jalaliToUtc, jalaliYearOf } from './jalali';
import { monthByName, type Calendar } from './month-names';
import { execAll, LETTER, WORD_CHAR } from './regex';
import type { Token } from './tokens';

/** A calendar date written in the text, not yet placed in a year when the year was omitted. */
export interface WrittenDate {
  start: number;
  end: number;
  calendar: Calendar;
  year?: number;
  month: number;
  /** 'last' for "end of November". */
  day: number | 'last';
}

const NOT_AFTER_WORD = `(?<![${WORD_CHAR}.,/-])`;
const NUMERIC_PATTERNS: readonly RegExp[] = [
  // 2026-12-15, 2026/12/15, ۱۴۰۵/۰۹/۱۵ (year first: a 13xx/14xx year is a Persian calendar year).
  new RegExp(String.raw`${NOT_AFTER_WORD}(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?!\d)`, 'g'),
  // 15.12. / 15.12.2026 / 15/12/2026 / 12/15/2026; not versions ("v2.4.1") nor times ("10.30 Uhr").
  new RegExp(
    String.raw`${NOT_AFTER_WORD}(?<day>\d{1,2})(?<sep>[./])(?<month>\d{1,2})(?:\k<sep>(?<year>\d{4}|\d{2})(?!\d))?(?!\d|[.,/]\d)(?!\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)(?![${LETTER}]))`,
    'g',
  ),
];

/** Around a month name: the day before it ("30 November", "30th of", "15. Dezember", "15-го", "15 de"). */
const DAY_BEFORE = /(?<![\d.,])(?<day>\d{1,2})(?:st|nd|rd|th|er|\.|-?(?:го|е|ого|ре))?\s*(?:of\s+|de\s+)?$/;
/** "end of" before it: "end of November", "Ende November", "fin de noviembre", "конца ноября", "پایان آذر". */
const END_OF_BEFORE = new RegExp(
  `(?<![${LETTER}])(?:(?:the\\s+)?end\\s+of|ende|fin(?:\\s+de)?|finales\\s+de|конца|конец|кінця|кінець|پایان|آخر)\\s+$`,
);
/** The day after it: "Nov 30", "November 30th, 2026". */
const DAY_AFTER =
  /^\.?\s*(?<day>\d{1,2})(?:st|nd|rd|th)?(?![\d%]|[.,]\d|\s*(?:%|percent|prozent|pour cent|por ciento|процент|відсот|درصد))(?:,?\s+(?<year>\d{4})(?!\d))?/;
/** The year after it: "30 November 2026", "15 de diciembre de 2026", "۱۵ آذر ۱۴۰۵". */
const YEAR_AFTER = /^\.?,?\s*(?:de\s+)?(?<year>\d{4})(?!\d)/;
const LOOK_BEHIND = 24;

/** Every date written in the (lower-case) text, earliest first; where two readings overlap the earlier, longer one wins. */
export function findWrittenDates(text: string, tokens: readonly Token[], monthFirst: () => boolean): WrittenDate[] {
  const dates: WrittenDate[] = [];
  const numeric = /\d[./-]\d/.test(text);
  NUMERIC_PATTERNS.forEach((pattern, index) => {
    if (!numeric) return;
    for (const match of execAll(pattern, text)) {
      const date = readNumericDate(match, index, monthFirst);
      if (date) dates.push(date);
    }
  });
  for (const token of tokens) {
    const named = monthByName(token.word);
    if (!named) continue;
    const date = readNamedDate(text, token, named);
    if (date) dates.push(date);
  }
  dates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: WrittenDate[] = [];
  for (const date of dates) {
    const last = kept[kept.length - 1];
    if (!last || date.start >= last.end) kept.push(date);
  }
  return kept;
}

function readNamedDate(
  text: string,
  token: Token,
  named: { month: number; calendar: Calendar },
): WrittenDate | undefined {
  const before = text.slice(Math.max(0, token.start - LOOK_BEHIND), token.start);
  const after = text.slice(token.end, token.end + LOOK_BEHIND);
  const base = { calendar: named.calendar, month: named.month };
  const dayBefore = DAY_BEFORE.exec(before);
  if (dayBefore) {
    const year = YEAR_AFTER.exec(after);
    return checked({
      ...base,
      start: token.start - dayBefore[0].length,
      end: token.end + (year?.[0].length ?? 0),
      day: Number(dayBefore.groups?.['day']),
      ...(year ? { year: Number(year.groups?.['year']) } : {}),
    });
  }
  // "end of" before "Month Day": in "تا پایان آذر ۱۰ درصد تخفیف" the 10 is the discount, not a day.
  const endOf = END_OF_BEFORE.exec(before);
  if (endOf) {
    const year = YEAR_AFTER.exec(after);
    return checked({
      ...base,
      start: token.start - endOf[0].length,
      end: token.end + (year?.[0].length ?? 0),
      day: 'last',
      ...(year ? { year: Number(year.groups?.['year']) } : {}),
    });
  }
  const dayAfter = DAY_AFTER.exec(after);
  if (dayAfter) {
    const year = dayAfter.groups?.['year'];
    return checked({
      ...base,
      start: token.start,
      end: token.end + dayAfter[0].length,
      day: Number(dayAfter.groups?.['day']),
      ...(year ? { year: Number(year) } : {}),
    });
  }
  return undefined;
}

function readNumericDate(match: RegExpMatchArray, pattern: number, monthFirst: () => boolean): WrittenDate | undefined {
  const groups = match.groups ?? {};
  const start = match.index ?? 0;
  const yearText = groups['year'];
  let year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && year < 100) year += 2000;
  let month = Number(groups['month']);
  let day = Number(groups['day']);
  // "12/11" in an English sentence is December 11th; the other languages we serve write the day first, and a
  // dotted date ("15.12.") is always day first.
  if (pattern === 1 && groups['sep'] === '/') {
    const swap = monthFirst() ? month <= 31 && day <= 12 : month > 12 && day <= 12;
    if (swap) [day, month] = [month, day];
  }
  // A 13xx/14xx year is the Persian calendar ("۱۴۰۵/۰۹/۱۵").
  const calendar: Calendar = year !== undefined && year >= 1300 && year < 1500 ? 'jalali' : 'gregorian';
  return checked({
    start,
    end: start + match[0].length,
    calendar,
    month,
    day,
    ...(year === undefined ? {} : { year }),
  });
}

/** Drops impossible readings: month 13, day 32, a Gregorian month with a Persian year and the reverse. */
function checked(date: WrittenDate): WrittenDate | undefined {
  const { year, month, day, calendar } = date;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (day !== 'last' && (!Number.isInteger(day) || day < 1 || day > 31)) return undefined;
  if (year === undefined) return date;
  const persianYear = year >= 1300 && year < 1500;
  if ((calendar === 'jalali') !== persianYear) return undefined;
  if (calendar === 'gregorian' && (year < 2000 || year > 2100)) return undefined;
  return date;
}

const DAY_MS = 86_400_000;

function gregorianUtc(year: number, month: number, day: number | 'last'): number | undefined {
  if (day === 'last') return Date.UTC(year, month, 0);
  const utc = Date.UTC(year, month - 1, day);
  return new Date(utc).getUTCDate() === day ? utc : undefined;
}

function jalaliUtc(year: number, month: number, day: number | 'last'): number | undefined {
  if (day !== 'last') return jalaliToUtc(year, month, day);
  return jalaliToUtc(year, month, 30) ?? jalaliToUtc(year, month, 29);
}

/**
 * The UTC midnight of the date; a missing year is the next occurrence on or after `now`'s day ("until 5 November"
 * written on 10 November means next year). Undefined when the date does not exist.
 */
export function resolveDate(date: WrittenDate, now: Date): number | undefined {
  const toUtc = date.calendar === 'jalali' ? jalaliUtc : gregorianUtc;
  if (date.year !== undefined) return toUtc(date.year, date.month, date.day);
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const thisYear = date.calendar === 'jalali' ? jalaliYearOf(today) : now.getUTCFullYear();
  // Up to 8 years ahead, so "29 February" finds the next leap year.
  for (let year = thisYear; year <= thisYear + 8; year++) {
    const utc = toUtc(year, date.month, date.day);
    if (utc !== undefined && utc >= today) return utc;
  }
  return undefined;
}

/** The offer ends at the end of that day (UTC), so it is still valid on the day itself. */
export function endOfDayIso(utcMidnight: number): string {
  return new Date(utcMidnight + DAY_MS - 1).toISOString();
}
