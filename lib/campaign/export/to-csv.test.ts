import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseCsvRecipients } from '../input/parse-csv';
import type { RecipientRow } from '../input/types';
import { recipientsToCsv, type ExportRow } from './to-csv';

function recipient(line: number, fields: Record<string, string> & { email: string }): RecipientRow {
  return { line, email: fields.email, fields };
}

const jane = recipient(2, { email: 'jane@northwind.example', name: 'Jane Doe', company: 'Northwind' });
const bob = recipient(3, { email: 'bob@river.example', name: 'Bob', company: 'River' });

/** Records of the file without its BOM, split on CRLF (no cell in these tests holds a line break). */
function lines(csv: string): string[] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return csv.slice(1).split('\r\n');
}

describe('recipientsToCsv', () => {
  it('writes the input columns, email first, then reasons, details, owner and note, with CRLF after each record', () => {
    const csv = recipientsToCsv(
      ['email', 'name', 'company'],
      [
        {
          recipient: jane,
          reasons: ['Do not contact', 'Open quote Q-1042'],
          details: 'Opted out on 2026-03-02',
          owner: 'Alex Morgan',
          note: 'Legal hold',
        },
        { recipient: bob, reasons: [] },
      ],
    );
    expect(csv).toBe(
      '\uFEFF' +
        'email,name,company,reasons,details,owner,note\r\n' +
        'jane@northwind.example,Jane Doe,Northwind,Do not contact;Open quote Q-1042,Opted out on 2026-03-02,Alex Morgan,Legal hold\r\n' +
        'bob@river.example,Bob,River,,,,\r\n',
    );
  });

  it('starts with a UTF-8 BOM, after which the first header is exactly "email"', () => {
    const csv = recipientsToCsv(['email'], [{ recipient: recipient(1, { email: 'zoe@x.example' }), reasons: [] }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)[0]?.split(',')[0]).toBe('email');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes only the header for an empty list', () => {
    expect(recipientsToCsv(['email', 'name'], [])).toBe('\uFEFFemail,name,reasons,details,owner,note\r\n');
  });

  it('writes an empty cell for a column the recipient lacks, and the normalised address for email', () => {
    const row: ExportRow = {
      recipient: { line: 4, email: 'ann@x.example', fields: { email: 'ANN@X.example' } },
      reasons: [],
    };
    expect(lines(recipientsToCsv(['email', 'name'], [row]))[1]).toBe('ann@x.example,,,,,');
  });

  it('keeps an input column that clashes with an added one, renamed', () => {
    const row = { recipient: recipient(2, { email: 'a@x.example', note: 'from the file' }), reasons: [], note: 'ours' };
    const [header, record] = lines(recipientsToCsv(['email', 'note'], [row]));
    expect(header).toBe('email,note (2),reasons,details,owner,note');
    expect(record).toBe('a@x.example,from the file,,,,ours');
  });

  it('neutralises formulas in every cell, headers and added columns included', () => {
    const csv = recipientsToCsv(
      ['email', '=cmd', 'name', 'phone', 'balance'],
      [
        {
          recipient: recipient(2, {
            email: '-jane@x.example',
            '=cmd': '@SUM(A1)',
            name: '=HYPERLINK("https://evil.example","Click")',
            phone: '+44 20 7946 0000',
            balance: '-5',
          }),
          reasons: ['=1+1', 'Open quote'],
          details: '\t=2',
          owner: '+owner',
          note: '\r=3',
        },
      ],
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' }).data;
    expect(parsed[0]).toEqual(['email', "'=cmd", 'name', 'phone', 'balance', 'reasons', 'details', 'owner', 'note']);
    expect(parsed[1]).toEqual([
      "'-jane@x.example",
      "'@SUM(A1)",
      '\'=HYPERLINK("https://evil.example","Click")',
      "'+44 20 7946 0000",
      // A negative number is text like any other cell here, guarded the same way (see formula-guard.ts).
      "'-5",
      "'=1+1;Open quote",
      "'\t=2",
      "'+owner",
      "'\r=3",
    ]);
    for (const cell of [...parsed[0]!, ...parsed[1]!]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('recipientsToCsv → parseCsvRecipients round trip', () => {
  it('reads back the same addresses and fields, awkward values included', () => {
    const columns = ['email', 'First name', 'Company', 'Notes', 'Phone'];
    const recipients = [
      recipient(2, {
        email: 'jane@northwind.example',
        'First name': 'Zoë',
        Company: 'Doe, Smith & "Partners"',
        Notes: 'line one\r\nline two',
        Phone: '+44 20 7946 0000',
      }),
      recipient(3, { email: '-bob@river.example', 'First name': ' padded ', Company: '', Notes: '=1+2', Phone: '-5' }),
      recipient(4, { email: 'ann@x.example', 'First name': '日本', Company: 'Acme;Co', Notes: '\tx', Phone: '@home' }),
    ];
    const csv = recipientsToCsv(
      columns,
      recipients.map((r) => ({ recipient: r, reasons: ['Do not contact', 'Open deal'], owner: 'Alex' })),
    );

    const outcome = parseCsvRecipients(csv, ['example.com']);
    if (outcome.status !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.parsed.problems).toEqual([]);
    expect(outcome.parsed.emailColumn).toBe('email');
    expect(outcome.parsed.columns).toEqual([...columns, 'reasons', 'details', 'owner', 'note']);
    expect(outcome.parsed.recipients.map((r) => r.email)).toEqual(recipients.map((r) => r.email));
    expect(outcome.parsed.recipients.map((r) => r.fields)).toEqual(
      recipients.map((r) => ({
        ...r.fields,
        reasons: 'Do not contact;Open deal',
        details: '',
        owner: 'Alex',
        note: '',
      })),
    );
  });
});
