import { describe, expect, it } from 'vitest';
import { findDuplicateOutreach, touchesFromRows, type Touch } from './duplicate-outreach';
import { row } from './test-support';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T09:00:00.000Z');
const at = (days: number, extraMs = 0) => new Date(T0 + days * DAY + extraMs).toISOString();

function touch(rep: string, days: number, extra: Partial<Touch> = {}): Touch {
  return { contact: 'jordan@northwind.example', company: 'Northwind', rep, at: at(days), source: 'outreach', ...extra };
}

const contactOnly = (list: ReturnType<typeof findDuplicateOutreach>) => list.filter((d) => d.kind === 'contact');

describe('findDuplicateOutreach: the window', () => {
  it('two reps exactly N days apart are a duplicate', () => {
    const found = contactOnly(findDuplicateOutreach([touch('riley', 0), touch('alex', 7)], [], 7));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      key: 'jordan@northwind.example',
      reps: ['alex', 'riley'],
      firstAt: at(0),
      lastAt: at(7),
    });
  });

  it('a millisecond past N days is not, and neither is N+1 days', () => {
    expect(findDuplicateOutreach([touch('riley', 0), { ...touch('alex', 7), at: at(7, 1) }], [], 7)).toEqual([]);
    expect(findDuplicateOutreach([touch('riley', 0), touch('alex', 8)], [], 7)).toEqual([]);
  });

  it('the same rep twice is never a duplicate', () => {
    expect(findDuplicateOutreach([touch('alex', 0), touch('alex', 1), touch('alex', 2)], [], 7)).toEqual([]);
  });

  it('slides: a chain of touches each within N of the next keeps only the touches that met another rep', () => {
    // riley day 0, alex day 10 (too far from riley), alex day 12, casey day 18 (within 7 of alex's day 12).
    const found = contactOnly(
      findDuplicateOutreach([touch('riley', 0), touch('alex', 10), touch('alex', 12), touch('casey', 18)], [], 7),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.touches.map((t) => [t.rep, t.at])).toEqual([
      ['alex', at(12)],
      ['casey', at(18)],
    ]);
    expect(found[0]?.reps).toEqual(['alex', 'casey']);
  });

  it('orders touches by time whatever the input order, and drops a touch logged twice', () => {
    const found = contactOnly(
      findDuplicateOutreach(
        [touch('alex', 3), touch('riley', 1), { ...touch('alex', 3), at: at(3, 60_000), source: 'decision' }],
        [],
        7,
      ),
    );
    expect(found[0]?.touches.map((t) => t.rep)).toEqual(['riley', 'alex']);
  });
});

describe('findDuplicateOutreach: companies', () => {
  it('groups different contacts of one company, and leaves touches without a company out of it', () => {
    const touches = [
      touch('riley', 0, { contact: 'jordan@northwind.example' }),
      touch('alex', 2, { contact: 'priya@northwind.example' }),
      touch('casey', 2, { contact: 'solo@nowhere.example', company: undefined }),
    ].map(({ company, ...t }) => (company ? { ...t, company } : t));
    const found = findDuplicateOutreach(touches, [], 7);
    expect(found.map((d) => [d.kind, d.key, d.reps])).toEqual([['company', 'northwind', ['alex', 'riley']]]);
  });

  it('reports the contact and its company when both are duplicated', () => {
    const found = findDuplicateOutreach([touch('riley', 0), touch('alex', 1)], [], 7);
    expect(found.map((d) => d.kind).sort()).toEqual(['company', 'contact']);
  });
});

describe('findDuplicateOutreach: was the guard heeded?', () => {
  const dup = (decision: 'edited' | 'cancelled' | 'sent_anyway' | 'none', days = 1) =>
    row({
      attemptId: `w-${decision}-${days}`,
      at: at(days),
      ruleId: 'duplicate-outreach',
      contact: 'Jordan@northwind.example',
      company: 'Northwind',
      decision,
      ...(decision === 'sent_anyway' ? { reason: 'Riley asked me to follow up' } : {}),
    });
  const touches = [touch('riley', 0), touch('alex', 1)];
  const outcome = (rows: ReturnType<typeof dup>[]) => contactOnly(findDuplicateOutreach(touches, rows, 7))[0]?.outcome;

  it('says not warned, heeded, overridden or undecided', () => {
    expect(outcome([])).toBe('not_warned');
    expect(outcome([dup('edited')])).toBe('heeded');
    expect(outcome([dup('cancelled'), dup('none', 2)])).toBe('heeded');
    expect(outcome([dup('edited'), dup('sent_anyway', 2)])).toBe('overridden');
    expect(outcome([dup('none')])).toBe('undecided');
  });

  it('ignores warnings far outside the touches, and other rules', () => {
    expect(outcome([dup('sent_anyway', 30)])).toBe('not_warned');
    expect(outcome([{ ...dup('sent_anyway'), ruleId: 'deal-owner' }])).toBe('not_warned');
  });

  it('keeps the reason of an override with the warning', () => {
    const [found] = contactOnly(findDuplicateOutreach(touches, [dup('sent_anyway')], 7));
    expect(found?.warnings).toEqual([
      expect.objectContaining({ decision: 'sent_anyway', reason: 'Riley asked me to follow up' }),
    ]);
  });
});

describe('touchesFromRows', () => {
  it('counts sends past a warning as touches, once per attempt and contact', () => {
    const touches = touchesFromRows([
      row({ attemptId: 'a', contact: 'Jordan@NW.example', decision: 'sent_anyway', decidedAt: at(1) }),
      row({ attemptId: 'a', contact: 'Jordan@NW.example', decision: 'sent_anyway', ruleId: 'deal-owner' }),
      row({ attemptId: 'b', contact: 'jordan@nw.example', decision: 'cancelled' }),
      row({ attemptId: 'c', contact: 'jordan@nw.example', decision: 'edited' }),
    ]);
    expect(touches).toEqual([
      { contact: 'jordan@nw.example', rep: 'alex.morgan@example.com', at: at(1), source: 'decision' },
    ]);
  });
});
