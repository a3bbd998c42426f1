import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AUDIT_CSV_COLUMNS, auditCsvFileName, auditRowsToCsv } from './to-csv';
import { row } from './test-support';

function parse(csv: string): string[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.endsWith('\r\n')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data;
}

describe('auditRowsToCsv', () => {
  it('writes the header and one record per row in the agreed columns', () => {
    const csv = auditRowsToCsv([
      row({
        attemptId: 'a',
        at: '2026-11-02T10:00:00.000Z',
        repEmail: 'alex@example.com',
        repName: 'Alex Morgan',
        site: 'gmail',
        recipients: ['dana@contoso.io', 'ops@contoso.io'],
        contact: 'dana@contoso.io',
        company: 'Contoso, Inc.',
        ruleId: 'do-not-contact',
        severity: 'block',
        title: 'Dana opted out',
        decision: 'sent_anyway',
        reason: 'Legal said "fine"\nsee ticket',
        evidence: [
          { kind: 'policy', label: 'Opted out 2026-10-01' },
          { kind: 'quote', label: 'Q-1042', url: 'https://crm.example/q/1042' },
        ],
        origin: 'team',
      }),
    ]);
    const [header, record, ...rest] = parse(csv);
    expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rest).toEqual([]);
    expect(record).toEqual([
      '2026-11-02T10:00:00.000Z',
      'Alex Morgan <alex@example.com>',
      'gmail',
      'dana@contoso.io;ops@contoso.io',
      'dana@contoso.io',
      'Contoso, Inc.',
      'do-not-contact',
      'block',
      'Dana opted out',
      'sent_anyway',
      'Legal said "fine"\nsee ticket',
      'Opted out 2026-10-01 | Q-1042 (https://crm.example/q/1042)',
      'team',
    ]);
  });

  it('neutralises formulas in free text (reason, title, contact)', () => {
    const [, record] = parse(
      auditRowsToCsv([
        row({
          attemptId: 'b',
          contact: '-x@evil.example',
          title: '=HYPERLINK("https://evil.example")',
          reason: '@SUM(A1)',
        }),
      ]),
    );
    expect(record?.[4]).toBe("'-x@evil.example");
    expect(record?.[8]).toBe('\'=HYPERLINK("https://evil.example")');
    expect(record?.[10]).toBe("'@SUM(A1)");
  });

  it('writes only the header for no rows', () => {
    expect(auditRowsToCsv([])).toBe(`\uFEFF${AUDIT_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('names the file by the day', () => {
    expect(auditCsvFileName(new Date('2026-11-23T22:00:00.000Z'))).toBe('preflight-audit-2026-11-23.csv');
  });
});
