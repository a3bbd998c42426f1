import { describe, expect, it } from 'vitest';
import type { CampaignOwner, CampaignVerdict } from '../model/campaign';
import { parseCsvRecipients } from './input/parse-csv';
import {
  addToSummary,
  emptySummary,
  listsAsCsv,
  noticeText,
  ownerNotices,
  summarize,
  type CheckedRecipient,
} from './results';

const ALEX: CampaignOwner = { id: 'u-alex', name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const RILEY: CampaignOwner = { id: 'u-riley', name: 'Riley Chen' };
const owners = new Map([ALEX, RILEY].map((o) => [o.id, o]));

function item(email: string, verdict: Omit<CampaignVerdict, 'email'>, name = ''): CheckedRecipient {
  return { recipient: { line: 2, email, fields: { email, name } }, verdict: { email, ...verdict } };
}

const checked: CheckedRecipient[] = [
  item(
    'priya@northwind.example',
    {
      status: 'hold',
      contactName: 'Priya Raman',
      ownerId: ALEX.id,
      reasons: [
        { id: 'open-quote', detail: 'Q-1042 · $21,600.00 · 10% discount', ownerId: ALEX.id },
        { id: 'active-deal', detail: 'Fleet annual plan · Proposal', ownerId: ALEX.id },
        { id: 'open-quote', detail: 'Q-1043 · $900.00', ownerId: ALEX.id },
      ],
    },
    'Priya Raman',
  ),
  item('dana@contoso.example', {
    status: 'hold',
    contactName: 'Dana Whitfield',
    ownerId: RILEY.id,
    reasons: [{ id: 'do-not-contact', detail: 'opted out of email (HubSpot: hs_email_optout)' }],
  }),
  item('new@unknown.example', { status: 'not_in_crm', reasons: [] }),
  item('sam@clean.example', { status: 'clean', contactName: 'Sam', reasons: [] }, '=HYPERLINK("x")'),
  item('lost@timeout.example', { status: 'unknown', reasons: [], note: 'The CRM did not answer' }),
];

describe('campaign results', () => {
  it('counts each recipient once per status and once per reason', () => {
    const summary = summarize(checked);
    expect(summary).toMatchObject({ total: 5, held: 2, clean: 1, notInCrm: 1, unknown: 1 });
    expect(summary.byReason).toMatchObject({
      'open-quote': 1,
      'active-deal': 1,
      'do-not-contact': 1,
      'unknown-recipient': 1,
      'duplicate-outreach': 0,
    });
  });

  it('adds chunks to a running summary with the same result as counting everything at once', () => {
    const first = addToSummary(emptySummary(), checked.slice(0, 2));
    const both = addToSummary(first, checked.slice(2));
    expect(both).toEqual(summarize(checked));
    // The earlier summary is not changed by adding to it (React state keeps the old object).
    expect(first).toMatchObject({ total: 2, held: 2, clean: 0 });
    expect(first.byReason['unknown-recipient']).toBe(0);
  });

  it('exports the suppression list (held + not checkable) and the clean list (clean + not in CRM)', () => {
    const { suppression, clean } = listsAsCsv(['email', 'name'], checked, owners);
    const held = parseCsvRecipients(suppression, ['example.com']);
    const sent = parseCsvRecipients(clean, ['example.com']);
    if (held.status !== 'ok' || sent.status !== 'ok') throw new Error('exports must read back');
    expect(held.parsed.recipients.map((r) => [r.email, r.fields['reasons']])).toEqual([
      ['priya@northwind.example', 'open-quote;active-deal'],
      ['dana@contoso.example', 'do-not-contact'],
      ['lost@timeout.example', 'unknown-recipient'],
    ]);
    expect(held.parsed.recipients[0]?.fields['owner']).toBe('Alex Morgan <alex.morgan@example.com>');
    expect(held.parsed.recipients[2]?.fields['note']).toBe('The CRM did not answer');
    expect(sent.parsed.recipients.map((r) => [r.email, r.fields['reasons'], r.fields['note']])).toEqual([
      ['new@unknown.example', '', 'not in CRM'],
      ['sam@clean.example', '', ''],
    ]);
    // The marketer's own column comes back as it was, formula guard undone on reading.
    expect(sent.parsed.recipients[1]?.fields['name']).toBe('=HYPERLINK("x")');
    expect(suppression.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('email,name,reasons,details,owner,note');
  });

  it('counts and exports the recipients read from the CRM in bulk, whose recent emails were not checked', () => {
    const note = 'Read from HubSpot just now: flags, deals and quotes; recent emails not checked.';
    const notChecked: CampaignVerdict['notChecked'] = ['rep-emails', 'marketing-emails'];
    const cold = [
      ...checked,
      item('clean@cold.example', { status: 'clean', reasons: [], note, notChecked }),
      item('held@cold.example', {
        status: 'hold',
        reasons: [{ id: 'do-not-contact', detail: 'opted out of email (HubSpot: hs_email_optout)' }],
        note,
        notChecked,
      }),
    ];
    const summary = summarize(cold);
    expect(summary).toMatchObject({ total: 7, held: 3, clean: 2, emailsNotChecked: 2 });
    expect(summarize(checked).emailsNotChecked).toBe(0);
    const { clean } = listsAsCsv(['email'], cold, owners);
    const sent = parseCsvRecipients(clean, ['example.com']);
    if (sent.status !== 'ok') throw new Error('exports must read back');
    expect(sent.parsed.recipients.find((r) => r.email === 'clean@cold.example')?.fields['note']).toBe(note);
  });

  it('sums up per owning rep, most affected first, with a message to send', () => {
    const notices = ownerNotices(checked, owners);
    expect(notices.map((n) => [n.owner.name, n.count])).toEqual([
      ['Alex Morgan', 1],
      ['Riley Chen', 1],
    ]);
    expect(noticeText(notices[0]!, 'Winter promo')).toBe(
      'Hi Alex, the campaign “Winter promo” will not go to 1 of your contacts (open quote: 1, active deal: 1): Priya Raman.',
    );
  });
});
