import { describe, expect, it } from 'vitest';
import { decodeDecisionData, encodeDecisionData, TeamNoteData } from './team-note-data';
import { decided, warning } from './test-support';

const DANA = 'dana@contoso.io';

function decision(
  warnings = [warning('do-not-contact', DANA, { evidence: [{ kind: 'policy', label: 'Opted out' }] })],
) {
  const entry = decided({
    attemptId: 'a1b2c3d4-0000-4000-8000-000000000001',
    at: '2026-11-20T10:00:00.000Z',
    warnings,
    action: 'sent_anyway',
    reason: 'Zoë said « oui » — legal OK',
  });
  if (entry.type !== 'decision') throw new Error('expected a decision');
  return entry;
}

describe('encodeDecisionData / decodeDecisionData', () => {
  it('round-trips a decision, non-ASCII reason included, as one URL-safe line', () => {
    const line = encodeDecisionData(decision(), 5000)!;
    expect(line).toMatch(/^\[preflight-data:1:[A-Za-z0-9_-]+\]$/);
    expect(decodeDecisionData(line)).toEqual({
      v: 1,
      a: 'a1b2c3d4-0000-4000-8000-000000000001',
      t: '2026-11-20T10:00:00.000Z',
      u: 'alex.morgan@example.com',
      site: 'gmail',
      r: [DANA],
      d: 'sent_anyway',
      why: 'Zoë said « oui » — legal OK',
      w: [
        {
          r: 'do-not-contact',
          s: 'block',
          to: DANA,
          ti: `do-not-contact for ${DANA}`,
          de: 'Detail of the warning.',
          ev: [{ kind: 'policy', label: 'Opted out' }],
        },
      ],
    });
  });

  it('sheds evidence, then detail, then warnings to fit, and says it did', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      warning('duplicate-outreach', `buyer${i}@x.example`, {
        detail: 'd'.repeat(1500),
        evidence: [{ kind: 'outreach', label: 'e'.repeat(400) }],
      }),
    );
    const entry = decision(many);
    for (const budget of [20_000, 3000, 600]) {
      const line = encodeDecisionData(entry, budget)!;
      expect(line.length).toBeLessThanOrEqual(budget);
      const data = decodeDecisionData(line)!;
      expect(data.cut).toBe(true);
      expect(data.w[0]?.to).toBe('buyer0@x.example');
      expect(data.w.every((w) => w.ev === undefined)).toBe(true);
    }
    expect(decodeDecisionData(encodeDecisionData(entry, 600)!)!.w.length).toBeLessThan(60);
    expect(encodeDecisionData(entry, 50)).toBeUndefined();
  });

  it('reads nothing from a damaged, foreign or future line', () => {
    const line = encodeDecisionData(decision(), 5000)!;
    expect(decodeDecisionData(line.replace(/:([A-Za-z0-9_-]{10})/, ':AAAAAAAAAA'))).toBeUndefined();
    expect(decodeDecisionData(line.replace('preflight-data:1:', 'preflight-data:2:'))).toBeUndefined();
    expect(decodeDecisionData('[preflight-data:1:!!]')).toBeUndefined();
    const fake = `[preflight-data:1:${btoa(JSON.stringify({ v: 1, a: 'x' }))}]`.replace(/=/g, '');
    expect(decodeDecisionData(fake)).toBeUndefined();
    expect(TeamNoteData.safeParse({}).success).toBe(false);
  });
});
