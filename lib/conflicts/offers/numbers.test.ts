import { describe, expect, it } from 'vitest';
import { normalizeNumerals, parseLocaleNumber } from './numbers';

describe('normalizeNumerals', () => {
  it('maps Persian and Arabic-Indic digits and separators to ASCII, one character for one', () => {
    const persian = '۱۲٬۰۰۰٫۵۰';
    expect(normalizeNumerals(persian)).toBe('12,000.50');
    expect(normalizeNumerals(persian)).toHaveLength(persian.length);
    expect(normalizeNumerals('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeNumerals('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('turns NBSP, narrow NBSP, thin and figure spaces into plain spaces', () => {
    expect(normalizeNumerals('12\u00A0000 · 12\u202F000 · 12\u2009000 · 12\u2007000')).toBe(
      '12 000 · 12 000 · 12 000 · 12 000',
    );
  });

  it('leaves other text alone', () => {
    expect(normalizeNumerals('Скидка 15% — تخفیف')).toBe('Скидка 15% — تخفیف');
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['12 000', 12000],
    ['12\u00A0000', 12000],
    ['12\u202F000', 12000],
    ['12\u2009000', 12000],
    ['1 200', 1200],
    ['12 000,50', 12000.5],
    ['12,000.50', 12000.5],
    ['12.000,50', 12000.5],
    ['9.900,50', 9900.5],
    ['1,234,567.89', 1234567.89],
    ['1.200.000', 1200000],
    ["1'200", 1200],
    ["1'234'567.5", 1234567.5],
    ['5,00,000', 500000],
    ['12,500', 12500],
    ['12.500', 12500],
    ['12,50', 12.5],
    ['12.5', 12.5],
    ['0,125', 0.125],
    ['1200', 1200],
    ['1200.00', 1200],
    ['۱۲٬۰۰۰', 12000],
    ['۱۲٫۵', 12.5],
    ['٣٤٥', 345],
  ])('%s → %d', (raw, value) => {
    expect(parseLocaleNumber(raw)).toBe(value);
  });

  it('reads a lone separator before three digits as a decimal point when asked (magnitudes, percentages)', () => {
    expect(parseLocaleNumber('1.250', true)).toBe(1.25);
    expect(parseLocaleNumber('12,500', true)).toBe(12.5);
    expect(parseLocaleNumber('1.200.000', true)).toBe(1200000);
  });

  it.each([
    ['12 00'],
    ['1234,567'],
    ['1,200.000.5'],
    ['1.200,000.5'],
    ['1 200.000,5'],
    ['12,,000'],
    ['abc'],
    [''],
    ['12a'],
  ])('rejects malformed grouping: %j', (raw) => {
    expect(parseLocaleNumber(raw)).toBeUndefined();
  });
});
