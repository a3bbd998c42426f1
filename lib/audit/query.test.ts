import { describe, expect, it } from 'vitest';
import { AuditQuery, filterAuditRows, queryAuditRows, sortAuditRows } from './query';
import { manyRows, row } from './test-support';

const rows = [
  row({
    attemptId: 'a',
    at: '2026-11-01T10:00:00.000Z',
    repEmail: 'alex@example.com',
    repName: 'Alex Morgan',
    contact: 'dana@contoso.io',
    company: 'Contoso',
    ruleId: 'do-not-contact',
    severity: 'block',
    decision: 'sent_anyway',
    reason: 'Legal cleared it',
    title: 'Dana opted out',
  }),
  row({
    attemptId: 'b',
    at: '2026-11-02T10:00:00.000Z',
    repEmail: 'riley@example.com',
    repName: 'Riley Chen',
    contact: 'priya@northwind.example',
    company: 'Northwind Traders',
    ruleId: 'quote-offer-conflict',
    severity: 'confirm',
    decision: 'edited',
    title: 'Offer differs from open quote Q-1042',
  }),
  row({
    attemptId: 'c',
    at: '2026-11-03T10:00:00.000Z',
    repEmail: 'alex@example.com',
    repName: 'Alex Morgan',
    contact: 'jordan@northwind.example',
    company: 'Northwind Traders',
    ruleId: 'duplicate-outreach',
    severity: 'notice',
    decision: 'none',
    title: 'Riley emailed Jordan yesterday',
    origin: 'team',
  }),
];
const ids = (list: { attemptId: string }[]) => list.map((r) => r.attemptId);

describe('filterAuditRows', () => {
  it('filters by date range: from inclusive, to exclusive', () => {
    expect(ids(filterAuditRows(rows, { from: '2026-11-02T10:00:00.000Z', to: '2026-11-03T10:00:00.000Z' }))).toEqual([
      'b',
    ]);
    expect(ids(filterAuditRows(rows, { from: '2026-11-02T11:00:00+01:00' }))).toEqual(['b', 'c']);
  });

  it('filters by rep, rule, decision and origin (any of each list, all lists together)', () => {
    expect(ids(filterAuditRows(rows, { reps: ['alex@example.com'] }))).toEqual(['a', 'c']);
    expect(ids(filterAuditRows(rows, { rules: ['quote-offer-conflict', 'duplicate-outreach'] }))).toEqual(['b', 'c']);
    expect(ids(filterAuditRows(rows, { decisions: ['sent_anyway', 'none'], reps: ['alex@example.com'] }))).toEqual([
      'a',
      'c',
    ]);
    expect(ids(filterAuditRows(rows, { origins: ['team'] }))).toEqual(['c']);
    expect(ids(filterAuditRows(rows, { reps: [] }))).toEqual(['a', 'b', 'c']);
  });

  it('matches contact and company by part, in any case', () => {
    expect(ids(filterAuditRows(rows, { contact: 'NORTHWIND' }))).toEqual(['b', 'c']);
    expect(ids(filterAuditRows(rows, { company: 'contoso' }))).toEqual(['a']);
  });

  it('searches all words across rep, title, reason and recipients', () => {
    expect(ids(filterAuditRows(rows, { search: 'legal dana' }))).toEqual(['a']);
    expect(ids(filterAuditRows(rows, { search: 'q-1042' }))).toEqual(['b']);
    expect(ids(filterAuditRows(rows, { search: 'riley' }))).toEqual(['b', 'c']);
    expect(ids(filterAuditRows(rows, { search: 'nobody-at-all' }))).toEqual([]);
  });

  it('rejects a query with unknown keys or values', () => {
    expect(AuditQuery.safeParse({ rules: ['made-up'] }).success).toBe(false);
    expect(AuditQuery.safeParse({ limit: 5 }).success).toBe(false);
  });
});

describe('sortAuditRows', () => {
  it('sorts newest first by default and by any column either way', () => {
    expect(ids(sortAuditRows(rows))).toEqual(['c', 'b', 'a']);
    expect(ids(sortAuditRows(rows, { key: 'severity', dir: 'asc' }))).toEqual(['a', 'b', 'c']);
    expect(ids(sortAuditRows(rows, { key: 'rep', dir: 'asc' }))).toEqual(['c', 'a', 'b']);
    expect(ids(sortAuditRows(rows, { key: 'decision', dir: 'asc' }))).toEqual(['a', 'c', 'b']);
    expect(ids(sortAuditRows(rows, { key: 'company', dir: 'desc' }))).toEqual(['c', 'b', 'a']);
    expect(ids(sortAuditRows(rows, { key: 'reason', dir: 'desc' }))).toEqual(['a', 'c', 'b']);
  });

  it('does not change its input', () => {
    const copy = [...rows];
    sortAuditRows(rows, { key: 'title', dir: 'asc' });
    expect(copy).toEqual(rows);
  });
});

function time0<T>(run: () => T): T {
  const start = performance.now();
  const out = run();
  console.warn(`audit query: building 100k rows ${(performance.now() - start).toFixed(0)} ms`);
  return out;
}

describe('100,000 rows', () => {
  it('filters, searches and sorts them (timings printed, not asserted)', () => {
    const many = time0(() => manyRows(100_000));
    const time = <T>(label: string, run: () => T): T => {
      const start = performance.now();
      const out = run();
      console.warn(`audit query, 100k rows: ${label} ${(performance.now() - start).toFixed(0)} ms`);
      return out;
    };
    const all = time('sort by date', () => queryAuditRows(many, {}));
    expect(all).toHaveLength(100_000);
    expect(all[0]!.at >= all[99_999]!.at).toBe(true);
    time('first search (builds the index)', () => filterAuditRows(many, { search: 'company-7.example' }));
    const searched = time('second search', () =>
      queryAuditRows(many, { search: 'buyer42@', sort: { key: 'rep', dir: 'asc' } }),
    );
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.every((r) => r.contact!.includes('buyer42'))).toBe(true);
    const filtered = time('rep + rule + decision', () =>
      queryAuditRows(many, { reps: ['alex@example.com'], rules: ['do-not-contact'], decisions: ['sent_anyway'] }),
    );
    expect(filtered.every((r) => r.repEmail === 'alex@example.com' && r.decision === 'sent_anyway')).toBe(true);
  }, 60_000);
});
