import { describe, expect, it } from 'vitest';
import { campaignCollisions, overrideRates } from '../../audit/aggregate';
import { findDuplicateOutreach, touchesFromRows } from '../../audit/duplicate-outreach';
import { parseTeamNote } from '../../audit/parse-team-note';
import { AuditRow, buildAuditRows } from '../../audit/row';
import { AuditEntry } from '../../model/audit';
import { RuleId } from '../../model/warning';
import { demoSnapshot, DEMO_ANCHOR } from '../../../tests/helpers/demo-db';
import { demoConnector } from './demo-connector';
import { generateTeamMonth } from './team-month';

const month = generateTeamMonth(DEMO_ANCHOR, demoSnapshot());
const rows = buildAuditRows([...month.decisions, ...month.unanswered]);

describe('the demo month of team decisions', () => {
  it('is the same month on every run for the same anchor, and valid audit entries', () => {
    expect(generateTeamMonth(DEMO_ANCHOR, demoSnapshot())).toEqual(month);
    for (const entry of [...month.decisions, ...month.unanswered, ...month.campaignChecks]) {
      expect(() => AuditEntry.parse(entry)).not.toThrow();
    }
    for (const r of rows) expect(() => AuditRow.parse(r)).not.toThrow();
  });

  it('keeps decisions apart in time even when the demo is opened before the working day starts (UTC)', () => {
    // Before the fix, today's working-hours times were clamped to "now": seven decisions shared one second.
    const early = new Date('2026-11-24T00:55:00.000Z');
    const { decisions } = generateTeamMonth(early, demoSnapshot(early));
    const perInstant = new Map<string, number>();
    for (const d of decisions) perInstant.set(d.at, (perInstant.get(d.at) ?? 0) + 1);
    expect(Math.max(...perInstant.values())).toBeLessThanOrEqual(2);
    expect(decisions.every((d) => Date.parse(d.at) < early.getTime())).toBe(true);
  });

  it('spans a month before the anchor, with a few hundred rows from five or more reps', () => {
    const times = rows.map((r) => Date.parse(r.at));
    expect(Math.max(...times)).toBeLessThan(DEMO_ANCHOR.getTime());
    expect(Math.min(...times)).toBeGreaterThan(DEMO_ANCHOR.getTime() - 33 * 86_400_000);
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(rows.length).toBeLessThanOrEqual(600);
    expect(new Set(rows.map((r) => r.repEmail)).size).toBeGreaterThanOrEqual(5);
  });

  it('has every rule, every decision and unanswered warnings, each override with a reason', () => {
    expect(new Set(rows.map((r) => r.ruleId))).toEqual(new Set(RuleId.options));
    expect(new Set(rows.map((r) => r.decision))).toEqual(new Set(['edited', 'cancelled', 'sent_anyway', 'none']));
    const overrides = rows.filter((r) => r.decision === 'sent_anyway');
    expect(overrides.length).toBeGreaterThan(30);
    expect(overrides.every((r) => (r.reason ?? '').length > 10)).toBe(true);
    expect(rows.filter((r) => r.decision !== 'sent_anyway').every((r) => r.reason === undefined)).toBe(true);
  });

  it('shows reps who override more than others', () => {
    const rates = overrideRates(rows, 'rep').filter((r) => r.decided >= 10);
    const spread = rates[0]!.rate! - rates[rates.length - 1]!.rate!;
    expect(spread).toBeGreaterThan(0.2);
  });

  it('has duplicate outreach by several reps on the same contacts and companies, warned and heeded or not', () => {
    const duplicates = findDuplicateOutreach(touchesFromRows(rows), rows, 7);
    expect(duplicates.filter((d) => d.kind === 'contact').length).toBeGreaterThanOrEqual(3);
    expect(duplicates.filter((d) => d.kind === 'company').length).toBeGreaterThanOrEqual(3);
    expect(duplicates.some((d) => d.outcome === 'overridden')).toBe(true);
    expect(
      rows.some((r) => r.ruleId === 'duplicate-outreach' && (r.decision === 'cancelled' || r.decision === 'edited')),
    ).toBe(true);
  });

  it('has campaign checks that collided with open quotes and deals', () => {
    const collisions = campaignCollisions(month.campaignChecks);
    expect(collisions.length).toBeGreaterThanOrEqual(2);
    expect(collisions.some((c) => c.collisions['open-quote'] > 0 && c.collisions['active-deal'] > 0)).toBe(true);
  });
});

describe('demoConnector.fetchTeamDecisions', () => {
  it('returns the month as decision notes that parse back into the same rows, newest first', async () => {
    const since = new Date(DEMO_ANCHOR.getTime() - 60 * 86_400_000);
    const read = await demoConnector.fetchTeamDecisions!(since, DEMO_ANCHOR);
    expect(read.truncated).toBe(false);
    expect(read.notes).toHaveLength(month.decisions.length);
    expect(read.notes[0]!.timestamp >= read.notes[read.notes.length - 1]!.timestamp).toBe(true);
    const fromNotes = read.notes.flatMap((n) => parseTeamNote(n) ?? []);
    const decided = buildAuditRows(month.decisions).map((r) => ({ ...r, origin: 'team' }));
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
    expect(fromNotes.sort(byKey)).toEqual(decided.sort(byKey));
    expect(read.unanswered).toHaveLength(month.unanswered.length);
    expect(read.campaignChecks).toHaveLength(3);
  });

  it('returns only what happened since the date', async () => {
    const since = new Date(DEMO_ANCHOR.getTime() - 7 * 86_400_000);
    const read = await demoConnector.fetchTeamDecisions!(since, DEMO_ANCHOR);
    expect(read.notes.length).toBeGreaterThan(0);
    expect(read.notes.length).toBeLessThan(month.decisions.length);
    expect(read.notes.every((n) => n.timestamp >= since.toISOString())).toBe(true);
  });
});
