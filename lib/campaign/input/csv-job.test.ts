import { describe, expect, it } from 'vitest';
import { CSV_ROWS_PER_MESSAGE, createOutcomeCollector, runCsvJob } from './csv-job';
import { parseCsvRecipients } from './parse-csv';

const SELLER = ['acme-sales.example'];

function csvOf(rows: number): string {
  const lines = ['Email,Name'];
  for (let i = 0; i < rows; i++) lines.push(`buyer${i}@northwind-${i % 7}.example,Buyer ${i}`);
  lines.push('not an address,Nobody', 'buyer1@northwind-1.example,Again', 'rep@acme-sales.example,Our rep');
  return lines.join('\r\n');
}

function reassemble(messages: unknown[]) {
  const collector = createOutcomeCollector();
  let outcome: ReturnType<typeof collector.add>;
  for (const message of messages) outcome = collector.add(message);
  return outcome;
}

describe('the CSV worker’s job', () => {
  it('sends the recipients in batches, then the outcome, and the page gets back exactly what a parse in place gives', () => {
    const rows = CSV_ROWS_PER_MESSAGE * 2 + 17;
    const text = csvOf(rows);
    const messages = runCsvJob({ text, sellerDomains: SELLER });
    expect(messages.map((m) => m.kind)).toEqual(['rows', 'rows', 'rows', 'outcome']);
    expect(messages.slice(0, 3).map((m) => (m.kind === 'rows' ? m.rows.length : 0))).toEqual([
      CSV_ROWS_PER_MESSAGE,
      CSV_ROWS_PER_MESSAGE,
      17,
    ]);
    const outcome = reassemble(messages);
    expect(outcome).toEqual(parseCsvRecipients(text, SELLER));
    if (outcome === 'bad' || outcome?.status !== 'ok') throw new Error('expected a parsed file');
    expect(outcome.parsed.recipients).toHaveLength(rows);
    expect(outcome.parsed.problems.map((p) => p.kind).sort()).toEqual(['duplicate', 'internal', 'invalid']);
  });

  it('reads the column the marketer chose', () => {
    const text = 'Work,Home\r\nana@northwind.example,ana@home.example\r\nbo@northwind.example,bo@home.example';
    expect(reassemble(runCsvJob({ text, sellerDomains: [] }))).toEqual({
      status: 'ambiguous',
      candidates: ['Work', 'Home'],
    });
    const chosen = reassemble(runCsvJob({ text, sellerDomains: [], emailColumn: 'Home' }));
    if (chosen === 'bad' || chosen?.status !== 'ok') throw new Error('expected a parsed file');
    expect(chosen.parsed.recipients.map((r) => r.email)).toEqual(['ana@home.example', 'bo@home.example']);
  });

  it('answers a job it cannot read with an error outcome, never silence', () => {
    expect(runCsvJob({ text: 42 })).toEqual([
      { kind: 'outcome', outcome: { status: 'error', message: expect.stringContaining('Try again') } },
    ]);
    expect(reassemble(runCsvJob({ text: '', sellerDomains: [] }))).toEqual({
      status: 'error',
      message: 'The file is empty.',
    });
  });

  it('the page’s collector calls anything that is not one of these messages bad', () => {
    expect(createOutcomeCollector().add('hello')).toBe('bad');
    expect(createOutcomeCollector().add({ kind: 'rows', rows: 'no' })).toBe('bad');
    expect(createOutcomeCollector().add({ kind: 'outcome', outcome: { status: 'ok' } })).toBe('bad');
    expect(createOutcomeCollector().add({ kind: 'rows', rows: [] })).toBeUndefined();
  });
});
