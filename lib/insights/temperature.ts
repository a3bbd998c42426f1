import type { Brief } from '../model/brief';
import { DEFAULT_TEMPERATURE, type TemperatureSettings } from '../model/settings';

export type Temperature = 'hot' | 'warm' | 'cold';

export interface TemperatureReason {
  /** Points this behaviour adds (negative for a step back, e.g. an unsubscribe). */
  points: number;
  /** What happened, in words a rep reads in a second: "submitted “Pricing demo request” 2 days ago". */
  text: string;
  at: string;
}

export interface TemperatureRating {
  temperature: Temperature;
  score: number;
  /** Strongest first; what the rating is made of. */
  reasons: TemperatureReason[];
}

/**
 * Points per behaviour. Asking us something (a form, a reply) says more than reading (a click), which says more
 * than an open (often a mail client's prefetch). Each kind counts once, by its most recent instance, so ten
 * opens do not outweigh one demo request.
 */
export const POINTS = {
  formSubmitted: 4,
  replied: 4,
  meeting: 3,
  clicked: 2,
  opened: 1,
  unsubscribed: -3,
  bounced: -2,
} as const;

const DAY_MS = 86_400_000;

/** Rates how engaged a contact is from their recent behaviour in the brief. Pure: same brief, same answer. */
export function rateTemperature(
  brief: Brief,
  now: Date,
  settings: TemperatureSettings = DEFAULT_TEMPERATURE,
): TemperatureRating {
  const since = now.getTime() - settings.windowDays * DAY_MS;
  const recent = (iso: string) => {
    const t = Date.parse(iso);
    return t >= since && t <= now.getTime() + 60_000;
  };
  const ago = (iso: string) => daysAgo(iso, now);
  const reasons: TemperatureReason[] = [];

  const form = brief.forms.filter((f) => recent(f.submittedAt)).sort(newestFirst((f) => f.submittedAt))[0];
  if (form) {
    reasons.push({
      points: POINTS.formSubmitted,
      text: `submitted “${form.formName}” ${ago(form.submittedAt)}`,
      at: form.submittedAt,
    });
  }

  const inbound = brief.outreach
    .filter((o) => o.direction === 'inbound' && recent(o.at))
    .sort(newestFirst((o) => o.at))[0];
  if (inbound) {
    const what = inbound.channel === 'email' ? 'replied by email' : `reached out (${inbound.channel})`;
    reasons.push({ points: POINTS.replied, text: `${what} ${ago(inbound.at)}`, at: inbound.at });
  }

  const meeting = brief.outreach
    .filter((o) => o.channel === 'meeting' && recent(o.at))
    .sort(newestFirst((o) => o.at))[0];
  if (meeting) reasons.push({ points: POINTS.meeting, text: `had a meeting ${ago(meeting.at)}`, at: meeting.at });

  const events = brief.marketing.flatMap((m) => m.events.map((e) => ({ ...e, email: m })));
  const latest = (type: string) =>
    events.filter((e) => e.type === type && recent(e.at)).sort(newestFirst((e) => e.at))[0];
  const click = latest('click');
  if (click) {
    const target = click.url ? ` ${linkLabel(click.url)}` : '';
    reasons.push({
      points: POINTS.clicked,
      text: `clicked${target} in “${click.email.subject}” ${ago(click.at)}`,
      at: click.at,
    });
  }
  const open = latest('open');
  if (open)
    reasons.push({ points: POINTS.opened, text: `opened “${open.email.subject}” ${ago(open.at)}`, at: open.at });
  const unsubscribe = latest('unsubscribe');
  if (unsubscribe) {
    reasons.push({ points: POINTS.unsubscribed, text: `unsubscribed ${ago(unsubscribe.at)}`, at: unsubscribe.at });
  }
  const bounce = latest('bounce');
  if (bounce) reasons.push({ points: POINTS.bounced, text: `an email bounced ${ago(bounce.at)}`, at: bounce.at });

  reasons.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || b.at.localeCompare(a.at));
  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  const temperature: Temperature =
    score >= settings.hotScore ? 'hot' : score >= Math.min(settings.warmScore, settings.hotScore) ? 'warm' : 'cold';
  return { temperature, score, reasons };
}

/** "today", "yesterday", "3 days ago" — whole days, which is how reps talk about it. */
export function daysAgo(iso: string, now: Date): string {
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** The path of a clicked link, which says what they looked at ("/pricing"), without the query string. */
export function linkLabel(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, '');
    return path ? path : parsed.hostname;
  } catch {
    return 'a link';
  }
}

function newestFirst<T>(at: (item: T) => string) {
  return (a: T, b: T) => at(b).localeCompare(at(a));
}
