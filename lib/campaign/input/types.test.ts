import { describe, expect, it } from 'vitest';
import { parseCsvRecipients } from './parse-csv';
import { parsePastedRecipients } from './parse-pasted';
import { CsvParseOutcome, ParsedRecipients } from './types';

/** What both parsers return must pass the schemas the page and messaging will validate with. */
describe('parser output matches the schemas', () => {
  const huge = 'x'.repeat(10_000);

  it('pasted recipients and problems, a 10,000-character token included', () => {
    const parsed = parsePastedRecipients(`Jane <jane@x.example>, bob@, ${huge}, jane@x.example, a@example.com`, [
      'example.com',
    ]);
    expect(parsed.problems.map((p) => p.kind)).toEqual(['invalid', 'invalid', 'duplicate', 'internal']);
    expect(ParsedRecipients.safeParse(parsed).success).toBe(true);
  });

  it('every CSV outcome, a 10,000-character header and cell included', () => {
    const outcomes = [
      parseCsvRecipients(`Email,${huge}\njane@x.example,1\n,2\n${huge},3\nshort`, ['example.com']),
      parseCsvRecipients(`${huge}\n\n`, []),
      parseCsvRecipients('To,Cc\na@x.example,b@x.example', []),
      parseCsvRecipients('Name\nJane', []),
      parseCsvRecipients('', []),
    ];
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok', 'ambiguous', 'error', 'error']);
    for (const outcome of outcomes) expect(CsvParseOutcome.safeParse(outcome).error).toBeUndefined();
  });
});
