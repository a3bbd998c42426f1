import { describe, expect, it } from 'vitest';
import { parseCsvRecipients } from './parse-csv';

const ROWS = 100_000;

/** A realistic export: quoted company names with commas (so Papa cannot take its no-quotes fast path), CRLF. */
function generateCsv(): string {
  const lines = ['Email,First name,Last name,Company,Country'];
  for (let i = 0; i < ROWS; i += 1) {
    // Every thousandth row repeats the first address in upper case: 99 duplicates to find among 100,000 rows.
    const email = i > 0 && i % 1000 === 0 ? 'PERSON0@COMPANY0.EXAMPLE' : `person${i}@company${i % 500}.example`;
    lines.push(`${email},First${i},Last${i},"Company ${i % 500}, Inc",FR`);
  }
  return lines.join('\r\n') + '\r\n';
}

describe('parseCsvRecipients: volume', () => {
  it('reads a 100,000-row file, every row accounted for', { timeout: 30_000 }, () => {
    const csv = generateCsv();
    const started = performance.now();
    const outcome = parseCsvRecipients(csv, ['example.com']);
    const ms = performance.now() - started;
    // The figure is for people reading the run; only a generous bound is asserted, as CI machines vary widely.
    // eslint-disable-next-line no-console -- reporting the measured time is the point of this test
    console.info(`parseCsvRecipients: ${ROWS.toLocaleString('en')} rows (${csv.length} chars) in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(10_000);

    if (outcome.status !== 'ok') throw new Error(JSON.stringify(outcome));
    const { recipients, problems, totalRows, columns } = outcome.parsed;
    expect(totalRows).toBe(ROWS);
    expect(recipients).toHaveLength(ROWS - 99);
    expect(problems).toHaveLength(99);
    expect(problems.every((p) => p.kind === 'duplicate' && p.message === 'Duplicate of line 2: checked once')).toBe(
      true,
    );
    expect(problems[0]?.line).toBe(1002);
    expect(columns).toEqual(['email', 'First name', 'Last name', 'Company', 'Country']);
    expect(recipients[0]).toEqual({
      line: 2,
      email: 'person0@company0.example',
      fields: {
        email: 'person0@company0.example',
        'First name': 'First0',
        'Last name': 'Last0',
        Company: 'Company 0, Inc',
        Country: 'FR',
      },
    });
    expect(recipients.at(-1)).toEqual({
      line: ROWS + 1,
      email: 'person99999@company499.example',
      fields: {
        email: 'person99999@company499.example',
        'First name': 'First99999',
        'Last name': 'Last99999',
        Company: 'Company 499, Inc',
        Country: 'FR',
      },
    });
  });
});
