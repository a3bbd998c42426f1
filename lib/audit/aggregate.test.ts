import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../model/audit';
import { campaignCollisions, overrideRates, topConflictContacts, warningsPerWeek } from './aggregate';
import { isoWeek } from './iso-week';
import { row } from './test-support';

describe('isoWeek', () => {
  it.each([
    ['2026-11-23T10:00:00.000Z', '2026-W48', '2026-11-23'],
    ['2026-11-29T23:59:59.999Z', '2026-W48', '2026-11-23'],
    ['2026-11-30T00:00:00.000Z', '2026-W49', '2026-11-30'],
    // Years whose first days belong to the previous year's last week, and the other way round.
    ['2027-01-01T12:00:00.000Z', '2026-W53', '2026-12-28'],
    ['2025-12-29T00:00:00.000Z', '2026-W01', '2025-12-29'],
    ['2021-01-03T00:00:00.000Z', '2020-W53', '2020-12-28'],
  ])('%s is in %s starting %s', (iso, week, monday) => {
    expect(isoWeek(iso)).toEqual({ week, monday });
  });
});

describe('warningsPerWeek', () => {
  it('counts per week and rule, with quiet weeks in between as zero', () => {
    const weeks = warningsPerWeek([
      row({ attemptId: 'a', at: '2026-11-02T08:00:00.000Z', ruleId: 'do-not-contact' }),
      row({ attemptId: 'b', at: '2026-11-08T22:00:00.000Z', ruleId: 'do-not-contact' }),
      row({ attemptId: 'c', at: '2026-11-05T08:00:00.000Z', ruleId: 'duplicate-outreach' }),
      row({ attemptId: 'd', at: '2026-11-17T08:00:00.000Z', ruleId: 'deal-owner' }),
    ]);
    expect(weeks.map((w) => [w.week, w.total])).toEqual([
      ['2026-W45', 3],
      ['2026-W46', 0],
      ['2026-W47', 1],
    ]);
    expect(weeks[0]?.byRule).toMatchObject({ 'do-not-contact': 2, 'duplicate-outreach': 1, 'deal-owner': 0 });
    expect(weeks[2]?.byRule['deal-owner']).toBe(1);
    expect(warningsPerWeek([])).toEqual([]);
  });
});

describe('overrideRates', () => {
  const rows = [
    row({ attemptId: '1', repEmail: 'alex@example.com', repName: 'Alex', decision: 'sent_anyway' }),
    row({ attemptId: '2', repEmail: 'alex@example.com', decision: 'edited' }),
    row({ attemptId: '3', repEmail: 'alex@example.com', decision: 'cancelled' }),
    row({ attemptId: '4', repEmail: 'alex@example.com', decision: 'none' }),
    row({ attemptId: '5', repEmail: 'riley@example.com', decision: 'sent_anyway', ruleId: 'deal-owner' }),
    row({ attemptId: '6', repEmail: 'casey@example.com', decision: 'none', ruleId: 'deal-owner' }),
  ];

  it('per rep: sent anyway over decided, undecided warnings shown but not in the rate', () => {
    expect(overrideRates(rows, 'rep')).toEqual([
      { key: 'riley@example.com', shown: 1, decided: 1, overridden: 1, rate: 1 },
      { key: 'alex@example.com', label: 'Alex', shown: 4, decided: 3, overridden: 1, rate: 1 / 3 },
      { key: 'casey@example.com', shown: 1, decided: 0, overridden: 0, rate: null },
    ]);
  });

  it('per rule', () => {
    expect(overrideRates(rows, 'rule')).toEqual([
      { key: 'deal-owner', shown: 2, decided: 1, overridden: 1, rate: 1 },
      { key: 'do-not-contact', shown: 4, decided: 3, overridden: 1, rate: 1 / 3 },
    ]);
  });
});

describe('topConflictContacts', () => {
  it('ranks contacts by conflict warnings, leaving out "could not check" warnings', () => {
    const top = topConflictContacts(
      [
        row({ attemptId: '1', contact: 'priya@nw.example', company: 'Northwind', repEmail: 'a@example.com' }),
        row({
          attemptId: '2',
          contact: 'PRIYA@nw.example',
          ruleId: 'quote-offer-conflict',
          repEmail: 'b@example.com',
          decision: 'sent_anyway',
          at: '2026-11-09T00:00:00.000Z',
        }),
        row({ attemptId: '3', contact: 'dana@contoso.io' }),
        row({ attemptId: '4', contact: 'zed@x.example', ruleId: 'unknown-recipient' }),
        row({ attemptId: '5', contact: 'zed@x.example', ruleId: 'unknown-recipient' }),
      ],
      5,
    );
    expect(top).toEqual([
      {
        contact: 'priya@nw.example',
        company: 'Northwind',
        warnings: 2,
        overridden: 1,
        rules: ['do-not-contact', 'quote-offer-conflict'],
        reps: ['a@example.com', 'b@example.com'],
        lastAt: '2026-11-09T00:00:00.000Z',
      },
      expect.objectContaining({ contact: 'dana@contoso.io', warnings: 1 }),
    ]);
  });
});

describe('campaignCollisions', () => {
  const check = (id: string, at: string, byReason: Record<string, number>): AuditEntry => ({
    type: 'campaign_check',
    id,
    at,
    userEmail: 'morgan.blake@example.com',
    campaign: `Campaign ${id}`,
    total: 500,
    held: Object.values(byReason).reduce((a, b) => a + b, 0),
    byReason,
    notices: [],
  });

  it('counts open quotes, offer clashes and active deals per campaign, newest first, skipping clean checks', () => {
    const out = campaignCollisions([
      check('a', '2026-11-01T10:00:00.000Z', { 'open-quote': 4, 'do-not-contact': 9, 'active-deal': 2 }),
      check('b', '2026-11-05T10:00:00.000Z', { 'quote-offer-conflict': 1, 'campaign-offer-conflict': 3 }),
      check('c', '2026-11-06T10:00:00.000Z', { 'do-not-contact': 9 }),
    ]);
    expect(out.map((c) => [c.id, c.collided])).toEqual([
      ['b', 4],
      ['a', 6],
    ]);
    expect(out[1]?.collisions).toEqual({
      'open-quote': 4,
      'quote-offer-conflict': 0,
      'campaign-offer-conflict': 0,
      'active-deal': 2,
    });
    expect(out[1]).toMatchObject({ campaign: 'Campaign a', by: 'morgan.blake@example.com', total: 500, held: 15 });
  });
});
