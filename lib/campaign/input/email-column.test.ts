import { describe, expect, it } from 'vitest';
import { findEmailColumn, isEmailHeader } from './email-column';

describe('isEmailHeader', () => {
  it.each([
    'email',
    'Email',
    ' E-mail ',
    'E-Mail Address',
    'email_address',
    'EmailAddress',
    'Emails',
    'mail',
    'Work email',
    'Email (work)',
    'Business E-mail',
    'Email 2',
    'Courriel',
    'Adresse électronique',
    'E-Mail-Adresse',
    'Correo electrónico',
  ])('%j names an address column', (header) => {
    expect(isEmailHeader(header)).toBe(true);
  });

  it.each(['Name', 'Email opt-out', 'Email status', 'Unsubscribed from email', 'Hotmail', 'Emailed on', ''])(
    '%j does not',
    (header) => {
      expect(isEmailHeader(header)).toBe(false);
    },
  );
});

describe('findEmailColumn', () => {
  const rows = [
    ['jane@x.example', 'Jane', 'j.doe@home.example'],
    ['bob@x.example', 'Bob', ''],
  ];

  it('takes the one header that says email, without reading the contents', () => {
    expect(findEmailColumn(['Name', 'E-mail'], [['Jane', 'not yet']])).toEqual({ status: 'found', index: 1 });
  });

  it('of several email headers, takes the one that holds addresses', () => {
    expect(findEmailColumn(['Email', 'Name', 'Work email'], [['', 'Jane', 'jane@x.example']])).toEqual({
      status: 'found',
      index: 2,
    });
  });

  it('asks when several email headers hold addresses', () => {
    expect(findEmailColumn(['Email', 'Name', 'Work email'], rows)).toEqual({
      status: 'ambiguous',
      candidates: ['Email', 'Work email'],
    });
  });

  it('with no email header, finds the column whose values are mostly addresses', () => {
    const sample = [
      ['Jane', 'jane@x.example'],
      ['Bob', 'bob@'],
      ['Ann', 'ann@x.example'],
      ['Joe', ''],
    ];
    expect(findEmailColumn(['Name', 'Contact'], sample)).toEqual({ status: 'found', index: 1 });
    expect(
      findEmailColumn(
        ['Name', 'Contact'],
        [
          ['Jane', 'bob@'],
          ['Bob', 'x'],
          ['Ann', 'a@x.example'],
        ],
      ),
    ).toEqual({
      status: 'error',
      message:
        'No column of email addresses found (columns: “Name”, “Contact”). Name the address column “Email”, ' +
        'or check that the first line of the file holds the column names.',
    });
  });

  it('uses the column the user chose, exactly or ignoring case', () => {
    expect(findEmailColumn(['Email', 'Name', 'Work email'], rows, 'Work email')).toEqual({ status: 'found', index: 2 });
    expect(findEmailColumn(['Email', 'Name', 'Work email'], rows, 'work EMAIL')).toEqual({ status: 'found', index: 2 });
    expect(findEmailColumn(['Email', 'Name'], rows, 'Mail')).toEqual({
      status: 'error',
      message: 'There is no column “Mail” in this file (columns: “Email”, “Name”).',
    });
  });

  it('with no rows, takes the first email header or reports none', () => {
    expect(findEmailColumn(['Name', 'Email', 'Work email'], [])).toEqual({ status: 'found', index: 1 });
    expect(findEmailColumn(['Name', 'Company'], [])).toEqual({ status: 'none' });
  });
});
