import { describe, expect, it } from 'vitest';
import { parsePastedRecipients } from './parse-pasted';

const SELLER = ['example.com'];
const parse = (text: string) => parsePastedRecipients(text, SELLER);
const emails = (text: string) => parse(text).recipients.map((r) => r.email);

describe('parsePastedRecipients: separators', () => {
  it('reads one address per line, each with its line number', () => {
    const parsed = parse('priya@northwind.example\n\njordan@riverside.example\n');
    expect(parsed.recipients).toEqual([
      { line: 1, email: 'priya@northwind.example', fields: { email: 'priya@northwind.example' } },
      { line: 3, email: 'jordan@riverside.example', fields: { email: 'jordan@riverside.example' } },
    ]);
    expect(parsed).toMatchObject({ source: 'paste', columns: ['email'], problems: [], totalRows: 2 });
  });

  it('splits on commas, semicolons, spaces, tabs and any line ending, mixed', () => {
    const parsed = parse(
      'a@x.example, b@x.example;c@x.example  d@x.example\te@x.example\r\nf@x.example\rg@x.example;;, ',
    );
    expect(parsed.recipients.map((r) => [r.line, r.email])).toEqual([
      [1, 'a@x.example'],
      [1, 'b@x.example'],
      [1, 'c@x.example'],
      [1, 'd@x.example'],
      [1, 'e@x.example'],
      [2, 'f@x.example'],
      [3, 'g@x.example'],
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('returns nothing, and no problems, for an empty or blank paste', () => {
    for (const text of ['', '   ', '\n\r\n\t', ' , ; ']) {
      expect(parse(text)).toEqual({ source: 'paste', columns: ['email'], recipients: [], problems: [], totalRows: 0 });
    }
  });

  it('reads 100,000 addresses pasted on a single line', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `person${i}@customer.example`).join(', ');
    const parsed = parse(text);
    expect(parsed.recipients).toHaveLength(100_000);
    expect(parsed.recipients.at(-1)).toEqual({
      line: 1,
      email: 'person99999@customer.example',
      fields: { email: 'person99999@customer.example' },
    });
  });
});

describe('parsePastedRecipients: address forms', () => {
  it('reads display names, angle brackets, mailto:, padding and upper case', () => {
    const parsed = parse(
      [
        'Jane Doe <Jane.Doe@Northwind.example>',
        '"Doe, John" <john.doe@northwind.example>',
        '<bare@northwind.example>',
        'mailto:Sam.Patel@Riverside.example',
        '   LEE@RIVERSIDE.EXAMPLE   ',
      ].join('\n'),
    );
    expect(parsed.recipients).toEqual([
      {
        line: 1,
        email: 'jane.doe@northwind.example',
        fields: { email: 'jane.doe@northwind.example', name: 'Jane Doe' },
      },
      {
        line: 2,
        email: 'john.doe@northwind.example',
        fields: { email: 'john.doe@northwind.example', name: 'Doe, John' },
      },
      { line: 3, email: 'bare@northwind.example', fields: { email: 'bare@northwind.example' } },
      { line: 4, email: 'sam.patel@riverside.example', fields: { email: 'sam.patel@riverside.example' } },
      { line: 5, email: 'lee@riverside.example', fields: { email: 'lee@riverside.example' } },
    ]);
    expect(parsed.columns).toEqual(['email', 'name']);
    expect(parsed.problems).toEqual([]);
  });

  it('keeps a comma inside a quoted name from splitting an Outlook "To" line', () => {
    const parsed = parse('"Doe, Jane" <jane@x.example>; "Smith, Bob" <bob@x.example>, carol@x.example');
    expect(parsed.recipients.map((r) => r.fields)).toEqual([
      { email: 'jane@x.example', name: 'Doe, Jane' },
      { email: 'bob@x.example', name: 'Smith, Bob' },
      { email: 'carol@x.example' },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('reads names with no space before the bracket and quoted names with escaped quotes', () => {
    const parsed = parse('Jane<jane@x.example>, "Robert \\"Bob\\" Smith" <bob@x.example>');
    expect(parsed.recipients.map((r) => r.fields.name)).toEqual(['Jane', 'Robert \\"Bob\\" Smith']);
  });

  it('reads Gmail\'s "address <address>" as one recipient with no name', () => {
    const parsed = parse('jane@x.example <Jane@X.example>');
    expect(parsed.recipients).toEqual([{ line: 1, email: 'jane@x.example', fields: { email: 'jane@x.example' } }]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.totalRows).toBe(1);
  });

  it("does not take an earlier address as the next mailbox's display name", () => {
    const parsed = parse('a@x.example Jane Doe <jane@x.example>');
    expect(parsed.recipients.map((r) => r.fields)).toEqual([
      { email: 'a@x.example' },
      { email: 'jane@x.example', name: 'Jane Doe' },
    ]);
  });

  it('reads a lone quoted address and one with a stray bracket', () => {
    expect(emails('"quoted@x.example"\n<open@x.example\nclosed@x.example>')).toEqual([
      'quoted@x.example',
      'open@x.example',
      'closed@x.example',
    ]);
  });

  it('drops invisible characters copied from web pages, so the address matches the CRM', () => {
    expect(emails('\u200Bjane@x.example\u200B, bob@riv\u00ADer.example\u2060; ann@x.example\u200D')).toEqual([
      'jane@x.example',
      'bob@river.example',
      'ann@x.example',
    ]);
  });

  it('keeps an unclosed quote to its line: the rest of the paste is still read', () => {
    const parsed = parse('"Doe, Jane <jane@x.example>\nbob@x.example');
    expect(parsed.recipients.map((r) => [r.line, r.email, r.fields.name])).toEqual([
      [1, 'jane@x.example', 'Jane'],
      [2, 'bob@x.example', undefined],
    ]);
    expect(parsed.problems).toEqual([
      { line: 1, raw: '"Doe', kind: 'invalid', message: '“"Doe” is not an email address' },
    ]);
  });
});

describe('parsePastedRecipients: problems', () => {
  it('reports every token that is not an address, with its line, and keeps the good ones', () => {
    const parsed = parse('Contacts:\nbob@ , @x.example; jane@x.example\nJane Doe <jane@>\nx@localhost <>');
    expect(parsed.recipients.map((r) => r.email)).toEqual(['jane@x.example']);
    expect(parsed.problems).toEqual([
      { line: 1, raw: 'Contacts:', kind: 'invalid', message: '“Contacts:” is not an email address' },
      { line: 2, raw: 'bob@', kind: 'invalid', message: '“bob@” is not an email address' },
      { line: 2, raw: '@x.example', kind: 'invalid', message: '“@x.example” is not an email address' },
      { line: 3, raw: 'Jane Doe <jane@>', kind: 'invalid', message: '“Jane Doe <jane@>” is not an email address' },
      { line: 4, raw: 'x@localhost <>', kind: 'invalid', message: '“x@localhost <>” is not an email address' },
    ]);
    expect(parsed.totalRows).toBe(parsed.recipients.length + parsed.problems.length);
  });

  it('checks a duplicate once, whatever its case or form, and points later ones at the first line', () => {
    const parsed = parse('Jane@X.example\nnoise\njane@x.example, Jane Doe <JANE@x.EXAMPLE>\nmailto:jane@x.example');
    expect(parsed.recipients).toEqual([{ line: 1, email: 'jane@x.example', fields: { email: 'jane@x.example' } }]);
    expect(parsed.problems.filter((p) => p.kind === 'duplicate')).toEqual([
      { line: 3, raw: 'jane@x.example', kind: 'duplicate', message: 'Duplicate of line 1: checked once' },
      { line: 3, raw: 'Jane Doe <JANE@x.EXAMPLE>', kind: 'duplicate', message: 'Duplicate of line 1: checked once' },
      { line: 4, raw: 'mailto:jane@x.example', kind: 'duplicate', message: 'Duplicate of line 1: checked once' },
    ]);
    expect(parsed.totalRows).toBe(5);
  });

  it("leaves out the seller's own addresses (and subdomains), saying why", () => {
    const parsed = parse('Alex.Morgan@Example.com\nops@eu.example.com\nsam@example.org\nx@notexample.com');
    expect(parsed.recipients.map((r) => r.email)).toEqual(['sam@example.org', 'x@notexample.com']);
    expect(parsed.problems).toEqual([
      {
        line: 1,
        raw: 'Alex.Morgan@Example.com',
        kind: 'internal',
        message: 'Internal address (example.com): not a customer',
      },
      {
        line: 2,
        raw: 'ops@eu.example.com',
        kind: 'internal',
        message: 'Internal address (eu.example.com): not a customer',
      },
    ]);
  });

  it('with no seller domains, nothing is internal', () => {
    expect(parsePastedRecipients('alex@example.com', []).recipients).toHaveLength(1);
  });

  it('cuts a huge token to 200 characters in raw and shorter in the message', () => {
    const huge = 'x'.repeat(5000);
    const [problem] = parse(huge).problems;
    expect(problem?.raw).toHaveLength(200);
    expect(problem?.raw.endsWith('…')).toBe(true);
    expect(problem?.message).toBe(`“${'x'.repeat(59)}…” is not an email address`);
  });
});
