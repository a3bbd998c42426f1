import { describe, expect, it } from 'vitest';
import { noteHtml } from '../connectors/hubspot/write-note';
import { noteLines, parseTeamNote, ruleFromTitle } from './parse-team-note';
import { encodeDecisionData } from './team-note-data';
import { decided, warning } from './test-support';

const DANA = 'dana.whitfield@contoso.io';
const PRIYA = 'priya.raman@northwind-traders.com';
const ATTEMPT = 'a1b2c3d4-0000-4000-8000-000000000001';
const MARKER = `[preflight-decision:${ATTEMPT}]`;

function note(title: string, lines: string[]) {
  return {
    id: '81234567000',
    body: noteHtml({ title, body: lines.join('\n') }),
    timestamp: '2026-11-20T10:00:05.000Z',
  };
}

describe('parseTeamNote', () => {
  it('rebuilds every warning of a note with a data line, as team rows', () => {
    const entry = decided({
      attemptId: ATTEMPT,
      at: '2026-11-20T10:00:00.000Z',
      warnings: [
        warning('do-not-contact', DANA, { evidence: [{ kind: 'policy', label: 'Opted out <2026>' }] }),
        warning('quote-offer-conflict', PRIYA),
      ],
      action: 'sent_anyway',
      reason: 'Legal cleared it & said "ok"',
    });
    if (entry.type !== 'decision') throw new Error('expected a decision');
    const rows = parseTeamNote(
      note('Preflight: alex.morgan@example.com sent anyway', [
        '• [block] whatever the bullets say',
        'Reason: Legal cleared it & said "ok"',
        encodeDecisionData(entry, 5000)!,
        MARKER,
      ]),
      { repName: () => 'Alex Morgan' },
    );
    expect(rows).toHaveLength(2);
    expect(rows![0]).toEqual({
      key: `${ATTEMPT}|do-not-contact|${DANA}`,
      attemptId: ATTEMPT,
      at: '2026-11-20T10:00:00.000Z',
      decidedAt: '2026-11-20T10:00:00.000Z',
      repEmail: 'alex.morgan@example.com',
      repName: 'Alex Morgan',
      site: 'gmail',
      recipients: [DANA, PRIYA],
      contact: DANA,
      company: 'contoso.io',
      ruleId: 'do-not-contact',
      severity: 'block',
      title: `do-not-contact for ${DANA}`,
      detail: 'Detail of the warning.',
      evidence: [{ kind: 'policy', label: 'Opted out <2026>' }],
      decision: 'sent_anyway',
      reason: 'Legal cleared it & said "ok"',
      origin: 'team',
    });
    expect(rows![1]?.ruleId).toBe('quote-offer-conflict');
  });

  it('reads an old note (bullets and marker only): rule from the title wording, unknown when it cannot tell', () => {
    const rows = parseTeamNote(
      note('Preflight: riley.chen@example.com went back to edit', [
        `• [block] Legal hold: do not contact Dana Whitfield (${DANA})`,
        `• [confirm] Offer differs from open quote Q-1042 (10% off) (${PRIYA})`,
        '• [notice] Something new the guard says',
        'Reason: checking with legal',
        MARKER,
      ]),
    )!;
    expect(rows.map((r) => [r.ruleId, r.severity, r.contact, r.decision])).toEqual([
      ['do-not-contact', 'block', DANA, 'edited'],
      ['quote-offer-conflict', 'confirm', PRIYA, 'edited'],
      ['unknown', 'notice', undefined, 'edited'],
    ]);
    expect(rows[1]?.title).toBe('Offer differs from open quote Q-1042 (10% off)');
    expect(rows[0]).toMatchObject({
      repEmail: 'riley.chen@example.com',
      at: '2026-11-20T10:00:05.000Z',
      reason: 'checking with legal',
      origin: 'team',
      detail: '',
      evidence: [],
    });
    expect(rows[0]?.site).toBeUndefined();
  });

  it('falls back to the bullets when the data line is damaged or belongs to another attempt', () => {
    const entry = decided({
      attemptId: 'other-attempt-0001',
      at: '2026-11-20T10:00:00.000Z',
      warnings: [warning('deal-owner', PRIYA)],
      action: 'cancelled',
    });
    if (entry.type !== 'decision') throw new Error('expected a decision');
    const rows = parseTeamNote(
      note('Preflight: alex.morgan@example.com cancelled the send', [
        `• [notice] Deal owned by Riley Chen (Proposal) (${PRIYA})`,
        encodeDecisionData(entry, 5000)!,
        MARKER,
      ]),
    )!;
    expect(rows.map((r) => [r.attemptId, r.ruleId, r.decision])).toEqual([[ATTEMPT, 'deal-owner', 'cancelled']]);
  });

  it('is not fooled by notes that are not guard decisions', () => {
    expect(parseTeamNote(note('Call with Priya', ['Discussed renewal']))).toBeUndefined();
    expect(parseTeamNote(note('Preflight lead feedback: Good fit', ['[preflight-feedback:abc]']))).toBeUndefined();
    expect(parseTeamNote(note('Someone wrote by hand', [MARKER]))).toBeUndefined();
  });
});

describe('noteLines', () => {
  it('reads lines through the HTML the CRM may have rewrapped, decoding entities without rendering anything', () => {
    expect(
      noteLines(
        '<div><p><strong>Preflight: a@example.com sent anyway</strong></p><p>&#8226; [block] A &amp; B&#39;s &lt;x&gt;</p></div>',
      ),
    ).toEqual(['Preflight: a@example.com sent anyway', "• [block] A & B's <x>"]);
  });
});

describe('ruleFromTitle', () => {
  it.each([
    ['Dana Whitfield unsubscribed from marketing only', 'do-not-contact'],
    ['Email-only flag for Dana: email opt-out', 'do-not-contact'],
    ['Differs from campaign offer "25% off" sent 2 days ago', 'campaign-offer-conflict'],
    ['Price in a different currency than quote Q-1057', 'quote-offer-conflict'],
    ['Deal owned by Riley Chen (Negotiation)', 'deal-owner'],
    ['Not in CRM — Preflight could not check this person', 'unknown-recipient'],
    ['Riley Chen emailed Jordan Lee yesterday', 'duplicate-outreach'],
    ['Riley Chen contacted someone else at Northwind Traders 2 days ago', 'duplicate-outreach'],
    ['Brand-new warning wording', 'unknown'],
  ])('%s → %s', (title, rule) => {
    expect(ruleFromTitle(title)).toBe(rule);
  });
});
