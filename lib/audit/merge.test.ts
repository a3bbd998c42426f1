import { describe, expect, it } from 'vitest';
import { mergeAuditRows } from './merge';
import { row } from './test-support';

describe('mergeAuditRows', () => {
  it('keeps each warning once, the local row when both have it', () => {
    const local = [row({ attemptId: 'a', contact: 'dana@x.example', origin: 'local', site: 'gmail' })];
    const team = [
      row({ attemptId: 'a', contact: 'dana@x.example', origin: 'team' }),
      row({ attemptId: 'b', contact: 'dana@x.example', origin: 'team' }),
    ];
    const merged = mergeAuditRows(local, team);
    expect(merged.map((r) => [r.attemptId, r.origin])).toEqual([
      ['a', 'local'],
      ['b', 'team'],
    ]);
    expect(merged[0]?.site).toBe('gmail');
  });

  it('drops every team row of an attempt the local log knows, even under a guessed rule', () => {
    const local = [row({ attemptId: 'a', contact: 'dana@x.example', ruleId: 'duplicate-outreach' })];
    const team = [
      row({
        attemptId: 'a',
        contact: 'dana@x.example',
        ruleId: 'unknown',
        key: 'a|unknown|dana@x.example',
        origin: 'team',
      }),
    ];
    expect(mergeAuditRows(local, team)).toEqual(local);
  });

  it('keeps the later decision of a team row read twice, and distinct warnings of one team attempt', () => {
    const earlier = row({
      attemptId: 'b',
      contact: 'p@x.example',
      decision: 'edited',
      decidedAt: '2026-11-01T10:00:00.000Z',
      origin: 'team',
    });
    const later = { ...earlier, decision: 'sent_anyway' as const, decidedAt: '2026-11-01T11:00:00.000Z' };
    const other = row({ attemptId: 'b', contact: 'q@x.example', origin: 'team' });
    const merged = mergeAuditRows([], [later, earlier, other]);
    expect(merged.map((r) => [r.contact, r.decision])).toEqual([
      ['p@x.example', 'sent_anyway'],
      ['q@x.example', 'edited'],
    ]);
  });
});
