import { describe, expect, it } from 'vitest';
import { parseCsvRecipients } from './parse-csv';
import type { CsvParseOutcome, ParsedRecipients } from './types';

const SELLER = ['example.com'];

/** The parsed result of a file that must parse; fails the test with the outcome otherwise. */
function parsed(text: string, emailColumn?: string): ParsedRecipients {
  const outcome = parseCsvRecipients(text, SELLER, emailColumn === undefined ? {} : { emailColumn });
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  expect(outcome.parsed.totalRows).toBe(outcome.parsed.recipients.length + outcome.parsed.problems.length);
  return outcome.parsed;
}

const fieldsOf = (p: ParsedRecipients) => p.recipients.map((r) => r.fields);

describe('parseCsvRecipients: reading the file', () => {
  it('reads rows by header, the address column first and renamed email', () => {
    const p = parsed(
      'First name,Email,Company\nJane,Jane.Doe@Northwind.example,Northwind\nBob,bob@river.example,River',
    );
    expect(p).toEqual({
      source: 'csv',
      columns: ['email', 'First name', 'Company'],
      emailColumn: 'Email',
      recipients: [
        {
          line: 2,
          email: 'jane.doe@northwind.example',
          fields: { email: 'jane.doe@northwind.example', 'First name': 'Jane', Company: 'Northwind' },
        },
        {
          line: 3,
          email: 'bob@river.example',
          fields: { email: 'bob@river.example', 'First name': 'Bob', Company: 'River' },
        },
      ],
      problems: [],
      totalRows: 2,
    });
  });

  it('strips a UTF-8 BOM from the first header and reads CRLF line endings', () => {
    const p = parsed('\uFEFFEmail,Name\r\njane@x.example,Jane\r\nbob@x.example,Bob\r\n');
    expect(p.emailColumn).toBe('Email');
    expect(fieldsOf(p)).toEqual([
      { email: 'jane@x.example', Name: 'Jane' },
      { email: 'bob@x.example', Name: 'Bob' },
    ]);
    expect(p.recipients.map((r) => r.line)).toEqual([2, 3]);
  });

  it('keeps quoted commas, doubled quotes and line breaks inside their cell, and counts lines as the file does', () => {
    const p = parsed(
      'email,name,notes\r\n' +
        'jane@x.example,"Doe, Jane","She said ""call me""\r\nafter Easter"\r\n' +
        'bob@x.example,Bob,"two\nline\nbreaks"\r\n' +
        'ann@x.example,Ann,\r\n',
    );
    expect(fieldsOf(p)).toEqual([
      { email: 'jane@x.example', name: 'Doe, Jane', notes: 'She said "call me"\r\nafter Easter' },
      { email: 'bob@x.example', name: 'Bob', notes: 'two\nline\nbreaks' },
      { email: 'ann@x.example', name: 'Ann', notes: '' },
    ]);
    expect(p.recipients.map((r) => r.line)).toEqual([2, 4, 7]);
  });

  it('reads TSV, where commas are ordinary text', () => {
    const p = parsed('Name\tE-mail\tCity\nDoe, Jane\tjane@x.example\tParis, FR\n');
    expect(p.columns).toEqual(['email', 'Name', 'City']);
    expect(fieldsOf(p)).toEqual([{ email: 'jane@x.example', Name: 'Doe, Jane', City: 'Paris, FR' }]);
  });

  it('reads a semicolon CSV (European Excel), trailing blank line included', () => {
    const p = parsed('Nom;Courriel;Montant\r\nDoe, Jane;jane@x.example;1,5\r\nMartin;paul@x.example;2,25\r\n\r\n');
    expect(p.emailColumn).toBe('Courriel');
    expect(fieldsOf(p)).toEqual([
      { email: 'jane@x.example', Nom: 'Doe, Jane', Montant: '1,5' },
      { email: 'paul@x.example', Nom: 'Martin', Montant: '2,25' },
    ]);
  });

  it('skips fully empty and blank lines but keeps counting them', () => {
    const p = parsed('\n\nemail,name\n\njane@x.example,Jane\n   \n,\nbob@x.example,Bob\n\n');
    expect(p.recipients.map((r) => [r.line, r.email])).toEqual([
      [5, 'jane@x.example'],
      [8, 'bob@x.example'],
    ]);
    expect(p.totalRows).toBe(2);
  });

  it('trims header names, names empty ones and makes repeated ones unique', () => {
    // Two columns hold addresses, so the user has chosen one; the other `email` must not overwrite it.
    const p = parsed(' Email , Name ,,Name,email\njane@x.example,Jane,x,J.,old@x.example', 'Email');
    expect(p.columns).toEqual(['email', 'Name', 'column 3', 'Name (2)', 'email (2)']);
    expect(p.emailColumn).toBe('Email');
    expect(fieldsOf(p)).toEqual([
      { email: 'jane@x.example', Name: 'Jane', 'column 3': 'x', 'Name (2)': 'J.', 'email (2)': 'old@x.example' },
    ]);
  });

  it('reads a list with no header row, the first line being an address', () => {
    const p = parsed('jane@x.example,Jane\r\nbob@x.example,Bob\r\n');
    expect(p.columns).toEqual(['email', 'column 2']);
    expect(p.emailColumn).toBe('column 1');
    expect(p.recipients.map((r) => [r.line, r.fields])).toEqual([
      [1, { email: 'jane@x.example', 'column 2': 'Jane' }],
      [2, { email: 'bob@x.example', 'column 2': 'Bob' }],
    ]);
  });

  it('reads back cells an export guarded against formulas', () => {
    const p = parsed("email,name,phone\n'-jane@x.example,'=HYPERLINK(1),'+44 20 7946 0000\n");
    expect(fieldsOf(p)).toEqual([{ email: '-jane@x.example', name: '=HYPERLINK(1)', phone: '+44 20 7946 0000' }]);
  });

  it('drops invisible characters from the address cell, and only there', () => {
    const p = parsed('Email,Name\njane@x.example\u200B,Ja\u00ADne\n');
    expect(p.recipients[0]).toMatchObject({ email: 'jane@x.example', fields: { Name: 'Ja\u00ADne' } });
  });

  it('accepts an address written with a display name in the cell', () => {
    expect(parsed('Email\n"Doe, Jane <Jane@X.example>"').recipients[0]?.email).toBe('jane@x.example');
  });
});

describe('parseCsvRecipients: which column holds the addresses', () => {
  const twoEmails = 'Name,Email,Work email\nJane,jane@home.example,jane@northwind.example\nBob,,bob@river.example\n';

  it('asks when two email columns hold addresses, then uses the one chosen', () => {
    expect(parseCsvRecipients(twoEmails, SELLER)).toEqual({
      status: 'ambiguous',
      candidates: ['Email', 'Work email'],
    });
    const p = parsed(twoEmails, 'Work email');
    expect(p.emailColumn).toBe('Work email');
    expect(p.columns).toEqual(['email', 'Name', 'Email']);
    expect(fieldsOf(p)).toEqual([
      { email: 'jane@northwind.example', Name: 'Jane', Email: 'jane@home.example' },
      { email: 'bob@river.example', Name: 'Bob', Email: '' },
    ]);
  });

  it('asks when no header says email and two columns hold addresses', () => {
    expect(parseCsvRecipients('To,Cc\na@x.example,b@x.example\n', SELLER)).toEqual({
      status: 'ambiguous',
      candidates: ['To', 'Cc'],
    });
  });

  it('finds the address column by its contents when no header names it', () => {
    const p = parsed('Name,Contact,Notes\nJane,jane@x.example,VIP\nBob,bob@,typo\nAnn,ann@x.example,\n');
    expect(p.emailColumn).toBe('Contact');
    expect(p.recipients.map((r) => r.email)).toEqual(['jane@x.example', 'ann@x.example']);
    expect(p.problems.map((x) => x.kind)).toEqual(['invalid']);
  });

  it('says clearly when there is no address column', () => {
    expect(parseCsvRecipients('Name,Company\nJane,Northwind\n', SELLER)).toEqual({
      status: 'error',
      message:
        'No column of email addresses found (columns: “Name”, “Company”). Name the address column “Email”, ' +
        'or check that the first line of the file holds the column names.',
    });
  });

  it('refuses a chosen column the file does not have', () => {
    expect(parseCsvRecipients(twoEmails, SELLER, { emailColumn: 'Mail' })).toEqual({
      status: 'error',
      message: 'There is no column “Mail” in this file (columns: “Name”, “Email”, “Work email”).',
    });
  });
});

describe('parseCsvRecipients: rows that are not checked', () => {
  it('reports empty, invalid, internal and duplicate rows with their lines, and checks the rest', () => {
    const p = parsed(
      [
        'Email,Name,Company',
        'jane@northwind.example,Jane,Northwind',
        ',Bob,River',
        'not an address,Ann,Acme',
        'alex@example.com,Alex,Us',
        'JANE@Northwind.example,Jane again,Northwind',
        'sam@river.example',
        'lee@river.example,Lee,River,extra,cells',
      ].join('\n'),
    );
    expect(p.recipients.map((r) => [r.line, r.email])).toEqual([
      [2, 'jane@northwind.example'],
      [7, 'sam@river.example'],
      [8, 'lee@river.example'],
    ]);
    expect(p.recipients[1]?.fields).toEqual({ email: 'sam@river.example', Name: '', Company: '' });
    expect(p.recipients[2]?.fields).toEqual({ email: 'lee@river.example', Name: 'Lee', Company: 'River' });
    expect(p.problems).toEqual([
      { line: 3, raw: ',Bob,River', kind: 'empty', message: 'No address in the “Email” column' },
      { line: 4, raw: 'not an address', kind: 'invalid', message: '“not an address” is not an email address' },
      {
        line: 5,
        raw: 'alex@example.com',
        kind: 'internal',
        message: 'Internal address (example.com): not a customer',
      },
      { line: 6, raw: 'JANE@Northwind.example', kind: 'duplicate', message: 'Duplicate of line 2: checked once' },
    ]);
    expect(p.totalRows).toBe(7);
  });

  it('reports a row too short to reach the address column', () => {
    const p = parsed('Name,Company,Email\nJane,Northwind\nBob,River,bob@river.example\n');
    expect(p.recipients.map((r) => r.email)).toEqual(['bob@river.example']);
    expect(p.problems).toEqual([
      { line: 2, raw: 'Jane,Northwind', kind: 'empty', message: 'This row has 2 of 3 columns: no “Email” value' },
    ]);
  });
});

describe('parseCsvRecipients: files with nothing to check', () => {
  it('accepts a header-only file: nothing to check', () => {
    const outcome: CsvParseOutcome = parseCsvRecipients('Name;Email;Company\r\n', SELLER);
    expect(outcome).toEqual({
      status: 'ok',
      parsed: {
        source: 'csv',
        columns: ['email', 'Name', 'Company'],
        emailColumn: 'Email',
        recipients: [],
        problems: [],
        totalRows: 0,
      },
    });
  });

  it('accepts a header-only file with no address column, which names no email column', () => {
    expect(parsed('Name,Company')).toMatchObject({ columns: ['email', 'Name', 'Company'], recipients: [] });
    expect(parsed('Name,Company').emailColumn).toBeUndefined();
  });

  it.each(['', '\uFEFF', '  \r\n\n\t'])('says an empty file (%j) is empty', (text) => {
    expect(parseCsvRecipients(text, SELLER)).toEqual({ status: 'error', message: 'The file is empty.' });
  });

  it('says a file of separators has no rows', () => {
    expect(parseCsvRecipients(',,\n , ,\r\n,,', SELLER)).toEqual({
      status: 'error',
      message: 'The file has no rows, only separators.',
    });
  });

  it('refuses a quote that is never closed rather than lose the rows after it', () => {
    expect(
      parseCsvRecipients('email,name\njane@x.example,Jane\nbob@x.example,"Bob\nann@x.example,Ann\n', SELLER),
    ).toEqual({
      status: 'error',
      message:
        'Line 3 opens a quote (") that is never closed, so the rest of the file cannot be read. ' +
        'Close the quote, or save the file again from your spreadsheet, and retry.',
    });
  });
});

describe('parseCsvRecipients: messages stay readable', () => {
  it('cuts a huge column name and lists at most ten columns', () => {
    const header = Array.from({ length: 25 }, (_, i) => `Col ${i + 1}`).join(',');
    const outcome = parseCsvRecipients(`${header}\n${'x,'.repeat(24)}x\n`, SELLER, { emailColumn: 'Mail' });
    expect(outcome).toEqual({
      status: 'error',
      message:
        'There is no column “Mail” in this file (columns: “Col 1”, “Col 2”, “Col 3”, “Col 4”, “Col 5”, “Col 6”, ' +
        '“Col 7”, “Col 8”, “Col 9”, “Col 10” and 15 more).',
    });

    const long = `Email ${'y'.repeat(500)}`;
    const p = parsed(`${long},Name\n,Jane\n`, long);
    expect(p.problems[0]?.message).toBe(`No address in the “Email ${'y'.repeat(53)}…” column`);
  });
});
