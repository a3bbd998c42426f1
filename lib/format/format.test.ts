import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent } from './money';
import { daysUntil, formatAsOf, formatRelative } from './time';

const now = new Date('2026-11-23T10:42:00Z');

describe('time formatting', () => {
  it('words distances with Intl', () => {
    expect(formatRelative('2026-11-18T10:42:00Z', now, 'en')).toBe('5 days ago');
    expect(formatRelative('2026-12-02T10:42:00Z', now, 'en')).toBe('in 9 days');
    expect(formatRelative('2026-11-22T10:42:00Z', now, 'en')).toBe('yesterday');
    expect(formatRelative('2026-11-23T10:37:00Z', now, 'en')).toBe('5 minutes ago');
  });
  it('counts days until expiry, rounding partial days up', () => {
    expect(daysUntil('2026-12-02T10:42:00Z', now)).toBe(9);
    expect(daysUntil('2026-12-02T09:00:00Z', now)).toBe(9);
    expect(daysUntil('2026-11-20T10:42:00Z', now)).toBe(-3);
  });
  it('says how old cached data is', () => {
    expect(formatAsOf('2026-11-21T08:00:00Z', now, 'en-GB')).toBe('as of 21 Nov');
    expect(formatAsOf(now.toISOString(), now, 'en-GB')).toMatch(/^as of \d{2}:\d{2}$/);
  });
});

describe('money formatting', () => {
  it('formats in the locale', () => {
    expect(formatMoney(19440, 'USD', 'en-US')).toBe('$19,440');
    expect(formatMoney(9900.5, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('9.900,50 €');
    expect(formatMoney(1200, 'UAH', 'uk-UA').replace(/\s/g, ' ')).toMatch(/^1 200 (грн|₴)/);
  });
  it('survives an unknown currency code', () => {
    expect(formatMoney(10, 'XYZ', 'en-US')).toContain('10');
  });
  it('formats percentages', () => {
    expect(formatPercent(10, 'en-US')).toBe('10%');
    expect(formatPercent(12.5, 'en-US')).toBe('12.5%');
  });
});
