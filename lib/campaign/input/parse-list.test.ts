import { describe, expect, it } from 'vitest';
import { parseListRecipients } from './parse-list';
import { ParsedRecipients } from './types';

describe('parseListRecipients', () => {
  it('turns list members into recipient rows numbered by position, like pasted rows', () => {
    const parsed = ParsedRecipients.parse(
      parseListRecipients(
        [
          'priya.raman@northwind-traders.com',
          'Alex.Morgan@Example.com',
          'PRIYA.RAMAN@northwind-traders.com',
          'sam@new.example',
        ],
        ['example.com'],
      ),
    );
    expect(parsed.source).toBe('list');
    expect(parsed.columns).toEqual(['email']);
    expect(parsed.totalRows).toBe(4);
    expect(parsed.recipients).toEqual([
      { line: 1, email: 'priya.raman@northwind-traders.com', fields: { email: 'priya.raman@northwind-traders.com' } },
      { line: 4, email: 'sam@new.example', fields: { email: 'sam@new.example' } },
    ]);
    expect(parsed.problems.map((p) => [p.line, p.kind])).toEqual([
      [2, 'internal'],
      [3, 'duplicate'],
    ]);
  });
});
