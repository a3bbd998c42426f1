import type { User, UserRole } from '../model/user';
import type { ExtractedOffer } from './offers/types';

/**
 * English wording for warnings. Formatters are built once per module (building an Intl object costs far more
 * than using one, and the engine runs on every Send). Dates use the reader's time zone, as the rest of the UI.
 */
const LOCALE = 'en-US';
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const dayFormat = new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric', year: 'numeric' });
const relativeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 2 });
const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const moneyFormats = new Map<string, Intl.NumberFormat | null>();

/**
 * Formatted strings are remembered: the guard checks the same briefs on every Send, and formatting (not the
 * rules' logic) is most of a check's cost. Pure functions of their key; each cache is cleared when it grows big.
 */
const MAX_CACHED = 2000;
function memo<K>(format: (key: K) => string): (key: K) => string {
  const cache = new Map<K, string>();
  return (key) => {
    let text = cache.get(key);
    if (text === undefined) {
      if (cache.size >= MAX_CACHED) cache.clear();
      text = format(key);
      cache.set(key, text);
    }
    return text;
  };
}

/** "Dec 2, 2026". */
export const formatDay = memo((iso: string): string => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? dayFormat.format(ms) : iso;
});

const relative = memo((key: string): string => {
  const [value, unit] = key.split(' ') as [string, Intl.RelativeTimeFormatUnit];
  return relativeFormat.format(Number(value), unit);
});

/** "yesterday", "2 days ago", "in 9 days", "3 hours ago": the unit chosen by distance, worded by Intl. */
export function formatAgo(iso: string, now: Date): string {
  const diff = Date.parse(iso) - now.getTime();
  if (!Number.isFinite(diff)) return iso;
  const abs = Math.abs(diff);
  if (abs < MINUTE_MS) return relative('0 second');
  if (abs < HOUR_MS) return relative(`${Math.round(diff / MINUTE_MS)} minute`);
  if (abs < DAY_MS) return relative(`${Math.round(diff / HOUR_MS)} hour`);
  return relative(`${Math.round(diff / DAY_MS)} day`);
}

/** "10%", "12.5%". */
export const formatPercent = memo((percent: number): string => percentFormat.format(percent / 100));

/** "$19,440", "UAH 3,600,960", "€9,900.50"; an unknown currency code still shows the figure. */
export function formatMoney(amount: number, currency: string): string {
  return money(`${currency} ${amount}`);
}

const money = memo((key: string): string => {
  const space = key.indexOf(' ');
  const currency = key.slice(0, space);
  const amount = Number(key.slice(space + 1));
  const whole = Number.isInteger(amount);
  const formatKey = `${currency}|${whole ? 0 : 2}`;
  let format = moneyFormats.get(formatKey);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(LOCALE, {
        style: 'currency',
        currency,
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: whole ? 0 : 2,
      });
    } catch {
      format = null;
    }
    moneyFormats.set(formatKey, format);
  }
  return format ? format.format(amount) : `${numberFormat.format(amount)} ${currency}`;
});

export const formatNumber = memo((value: number): string => numberFormat.format(value));

/** "A", "A and B", "A, B, and C" (English; Intl.ListFormat gives the same, at ten times the cost). */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

export function quote(text: string): string {
  return `“${text}”`;
}

/** "3 free months", "1 free month". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** Cuts text to `max` characters (the Warning schema's limits), ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

const ROLE_LABELS: Record<UserRole, string> = {
  account_executive: 'Account Executive',
  sdr: 'SDR',
  marketer: 'Marketer',
  sales_manager: 'Sales Manager',
  customer_success: 'Customer Success',
  other: 'colleague',
};

/** "Riley Chen (Sales Development Rep)": the CRM's job title when it has one, else the role. */
export function describeUser(user: User): string {
  return `${user.name} (${user.title?.trim() || ROLE_LABELS[user.role]})`;
}

/** What one extracted offer gives, without its products: "15% off", "$500", "3 free months", "a 30-day trial". */
export function describeTerms(offer: ExtractedOffer): string {
  switch (offer.kind) {
    case 'discount':
      return offer.discountPercent === undefined ? 'a discount' : `${formatPercent(offer.discountPercent)} off`;
    case 'price':
      return offer.price ? formatMoney(offer.price.amount, offer.price.currency) : 'a price';
    case 'free_months':
      return offer.freeMonths === undefined ? 'free months' : plural(offer.freeMonths, 'free month', 'free months');
    case 'trial':
      return offer.trialDays === undefined ? 'a free trial' : `a ${formatNumber(offer.trialDays)}-day trial`;
    case 'expiry':
      return offer.expiresAt ? `an offer valid until ${formatDay(offer.expiresAt)}` : 'a deadline';
  }
}

/** "15% off (“15% off the annual plan”)": the terms and the rep's own words. */
export function describeDraftOffer(offer: ExtractedOffer): string {
  const terms = describeTerms(offer);
  const snippet = offer.snippet.trim();
  return snippet ? `${terms} (${quote(clip(snippet, 160))})` : terms;
}
