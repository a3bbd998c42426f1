const DAY_MS = 86_400_000;

/**
 * The ISO-8601 week of an instant, in UTC: `2026-W48`, and the Monday it starts on. UTC, not the viewer's zone:
 * a team's weekly chart must put the same decision in the same week for every manager who opens it.
 */
export function isoWeek(iso: string): { week: string; monday: string } {
  const date = new Date(iso);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = day - weekday * DAY_MS;
  // The week belongs to the year of its Thursday.
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, monday: new Date(monday).toISOString().slice(0, 10) };
}

/** Every Monday from the week of `from` to the week of `to`, so a chart shows quiet weeks as zero, not as a gap. */
export function mondaysBetween(from: string, to: string): string[] {
  const first = Date.parse(`${isoWeek(from).monday}T00:00:00Z`);
  const last = Date.parse(`${isoWeek(to).monday}T00:00:00Z`);
  const out: string[] = [];
  for (let t = first; t <= last; t += 7 * DAY_MS) out.push(new Date(t).toISOString());
  return out;
}
