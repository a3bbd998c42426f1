import { describe, expect, it } from 'vitest';
import { AuditRow, buildAuditRows } from './row';
import { decided, shown, warning } from './test-support';

const DANA = 'dana@contoso.io';
const PRIYA = 'priya@northwind-traders.com';

describe('buildAuditRows', () => {
  it('spreads an attempt into one row per warning, joined with its decision and reason', () => {
    const warnings = [warning('do-not-contact', DANA), warning('quote-offer-conflict', PRIYA)];
    const rows = buildAuditRows([
      shown({ attemptId: 'a1', at: '2026-11-01T09:00:00.000Z', warnings }),
      decided({ attemptId: 'a1', at: '2026-11-01T09:01:00.000Z', warnings, action: 'sent_anyway', reason: 'Legal ok' }),
    ]);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(() => AuditRow.parse(r)).not.toThrow();
    expect(rows[0]).toMatchObject({
      key: `a1|do-not-contact|${DANA}`,
      at: '2026-11-01T09:00:00.000Z',
      decidedAt: '2026-11-01T09:01:00.000Z',
      repEmail: 'alex.morgan@example.com',
      site: 'gmail',
      contact: DANA,
      company: 'contoso.io',
      ruleId: 'do-not-contact',
      severity: 'block',
      decision: 'sent_anyway',
      reason: 'Legal ok',
      origin: 'local',
    });
    expect(rows[1]).toMatchObject({ contact: PRIYA, company: 'northwind-traders.com', ruleId: 'quote-offer-conflict' });
  });

  it("marks warnings with no decision as 'none' (tab closed mid-dialog)", () => {
    const rows = buildAuditRows([
      shown({ attemptId: 'a2', at: '2026-11-01T09:00:00.000Z', warnings: [warning('deal-owner', DANA)] }),
    ]);
    expect(rows.map((r) => r.decision)).toEqual(['none']);
    expect(rows[0]?.decidedAt).toBeUndefined();
  });

  it('uses a lone decision when the shown entry is missing, and the latest of several decisions', () => {
    const w = [warning('duplicate-outreach', PRIYA)];
    const rows = buildAuditRows([
      decided({ attemptId: 'a3', at: '2026-11-01T09:05:00.000Z', warnings: w, action: 'sent_anyway' }),
      decided({ attemptId: 'a3', at: '2026-11-01T09:01:00.000Z', warnings: w, action: 'edited' }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ decision: 'sent_anyway', at: '2026-11-01T09:05:00.000Z' });
  });

  it('ignores campaign checks, and gives repeated rule+recipient warnings distinct keys', () => {
    const w = [warning('quote-offer-conflict', PRIYA), warning('quote-offer-conflict', PRIYA)];
    const rows = buildAuditRows([
      shown({ attemptId: 'a4', at: '2026-11-01T09:00:00.000Z', warnings: w }),
      {
        type: 'campaign_check',
        id: 'c1',
        at: '2026-11-01T09:00:00.000Z',
        userEmail: 'morgan.blake@example.com',
        campaign: 'Autumn',
        total: 10,
        held: 1,
        byReason: { 'open-quote': 1 },
        notices: [],
      },
    ]);
    expect(rows.map((r) => r.key)).toEqual([`a4|quote-offer-conflict|${PRIYA}`, `a4|quote-offer-conflict|${PRIYA}#1`]);
  });

  it('names reps and companies through the context, falling back to the domain', () => {
    const rows = buildAuditRows(
      [shown({ attemptId: 'a5', at: '2026-11-01T09:00:00.000Z', warnings: [warning('deal-owner', DANA)] })],
      { repName: () => 'Alex Morgan', companyOf: (email) => (email === DANA ? 'Contoso' : undefined) },
    );
    expect(rows[0]).toMatchObject({ repName: 'Alex Morgan', company: 'Contoso' });
  });

  it('takes the single recipient as the contact of a warning without one', () => {
    const rows = buildAuditRows([
      shown({
        attemptId: 'a6',
        at: '2026-11-01T09:00:00.000Z',
        recipients: [DANA],
        warnings: [warning('campaign-offer-conflict')],
      }),
    ]);
    expect(rows[0]).toMatchObject({ contact: DANA, key: `a6|campaign-offer-conflict|${DANA}` });
  });
});
