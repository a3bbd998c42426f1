import { describe, expect, it } from 'vitest';
import { domainOf, isInternalEmail, normalizeEmail, parseAddress } from './email';

describe('normalizeEmail', () => {
  it.each([
    ['Priya.Raman@Northwind-Traders.com', 'priya.raman@northwind-traders.com'],
    ['  d.jones@riverside-clinic.example ', 'd.jones@riverside-clinic.example'],
    ['Priya Raman <priya.raman@northwind-traders.com>', 'priya.raman@northwind-traders.com'],
    ['mailto:Sam.Patel@example.org', 'sam.patel@example.org'],
    // Copied from a web page: a zero-width space and a soft hyphen would otherwise make a look-alike address.
    ['dana.whitfield@contoso.io\u200B', 'dana.whitfield@contoso.io'],
    ['dana.whit\u00ADfield@contoso.io', 'dana.whitfield@contoso.io'],
    // The fully qualified form of the same host.
    ['bob@contoso.io.', 'bob@contoso.io'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeEmail(raw)).toBe(expected);
  });

  it.each(['', 'not an email', 'priya@', '@northwind.com', 'a b@c.com', 'x@localhost'])('rejects %j', (raw) => {
    expect(normalizeEmail(raw)).toBeUndefined();
  });
});

describe('parseAddress', () => {
  it('keeps the display name', () => {
    expect(parseAddress('"Priya Raman" <Priya.Raman@northwind-traders.com>')).toEqual({
      email: 'priya.raman@northwind-traders.com',
      name: 'Priya Raman',
    });
  });
  it('has no name for a bare address', () => {
    expect(parseAddress('jordan.lee@northwind-traders.com')).toEqual({
      email: 'jordan.lee@northwind-traders.com',
    });
  });
});

describe('isInternalEmail', () => {
  it('treats the seller domain and its subdomains as internal', () => {
    expect(isInternalEmail('alex.morgan@example.com', ['example.com'])).toBe(true);
    expect(isInternalEmail('ops@eu.example.com', ['example.com'])).toBe(true);
  });
  it('does not confuse look-alike domains', () => {
    expect(isInternalEmail('sam.patel@example.org', ['example.com'])).toBe(false);
    expect(isInternalEmail('x@notexample.com', ['example.com'])).toBe(false);
  });
  it('extracts the domain', () => {
    expect(domainOf('a@b.c.d')).toBe('b.c.d');
  });
});
