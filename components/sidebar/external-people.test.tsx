// Named .test.tsx (no JSX inside) because vitest.config.ts includes components/**/*.test.tsx only.
import { describe, expect, it } from 'vitest';
import type { PageContext, PersonOnPage } from '../../lib/model/page-context';
import { externalPeople } from './external-people';

const SELLER = ['example.com'];
const contextOf = (people: PersonOnPage[]): PageContext => ({
  site: 'gmail',
  view: 'thread',
  people,
  observedAt: '2026-11-23T10:00:00.000Z',
});

describe('externalPeople', () => {
  it('drops colleagues, including subdomains and mixed case, but not look-alike domains', () => {
    const people = externalPeople(
      contextOf([
        { email: 'priya.raman@northwind-traders.com', role: 'sender' },
        { email: 'alex.morgan@example.com', role: 'recipient' },
        { email: 'Riley.Chen@EXAMPLE.COM', role: 'recipient' },
        { email: 'ops@eu.example.com', role: 'recipient' },
        { email: 'someone@notexample.com', role: 'recipient' },
        { email: 'someone@example.com.evil.example', role: 'recipient' },
      ]),
      SELLER,
    );
    expect(people.map((p) => p.email)).toEqual([
      'priya.raman@northwind-traders.com',
      'someone@notexample.com',
      'someone@example.com.evil.example',
    ]);
  });

  it('merges the same address in different case or spacing, keeping the first (the sender) first', () => {
    const people = externalPeople(
      contextOf([
        { email: 'Priya.Raman@Northwind-Traders.com', name: 'Priya Raman', role: 'sender' },
        { email: 'jordan.lee@northwind-traders.com', name: 'Jordan Lee', role: 'recipient' },
        { email: 'priya.raman@northwind-traders.com', name: 'priya', role: 'recipient' },
        { email: 'JORDAN.LEE@northwind-traders.com', role: 'participant' },
      ]),
      SELLER,
    );
    expect(people).toEqual([
      { email: 'priya.raman@northwind-traders.com', name: 'Priya Raman', role: 'sender' },
      { email: 'jordan.lee@northwind-traders.com', name: 'Jordan Lee', role: 'recipient' },
    ]);
  });

  it('keeps the page order: the sender stays first even after colleagues are removed', () => {
    const people = externalPeople(
      contextOf([
        { email: 'alex.morgan@example.com', role: 'participant' },
        { email: 'dana.whitfield@contoso.io', role: 'sender' },
        { email: 'priya.raman@northwind-traders.com', role: 'recipient' },
      ]),
      SELLER,
    );
    expect(people.map((p) => p.role)).toEqual(['sender', 'recipient']);
    expect(people[0]?.email).toBe('dana.whitfield@contoso.io');
  });

  it('keeps people known only by LinkedIn URL or CRM record, once each', () => {
    const linkedin: PersonOnPage = { linkedinUrl: 'https://www.linkedin.com/in/priya-raman-4b2a1c/', role: 'profile' };
    const record: PersonOnPage = {
      crmRecord: { crm: 'hubspot', objectType: 'contact', id: '98765432101', portalId: '4455667' },
      role: 'record',
    };
    const people = externalPeople(contextOf([linkedin, record, { ...linkedin }, { ...record }]), SELLER);
    expect(people).toEqual([linkedin, record]);
  });

  it('returns nothing when everyone is a colleague, and does not change the input', () => {
    const input = contextOf([
      { email: 'Alex.Morgan@example.com', role: 'sender' },
      { email: 'riley.chen@example.com', role: 'recipient' },
    ]);
    const copy = structuredClone(input);
    expect(externalPeople(input, SELLER)).toEqual([]);
    expect(input).toEqual(copy);
  });

  it('honours several seller domains', () => {
    const people = externalPeople(
      contextOf([
        { email: 'a@example.com', role: 'sender' },
        { email: 'b@example.co.uk', role: 'recipient' },
        { email: 'c@customer.example', role: 'recipient' },
      ]),
      ['example.com', 'EXAMPLE.co.uk'],
    );
    expect(people.map((p) => p.email)).toEqual(['c@customer.example']);
  });
});
