import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../model/brief';
import type { Outreach } from '../../model/outreach';
import { Warning } from '../../model/warning';
import type { RecipientFacts, RuleContext } from '../types';
import {
  context,
  daysAgo,
  type DemoWorld,
  found,
  JORDAN_EMAIL,
  loadDemoWorld,
  PRIYA_EMAIL,
  RILEY_EMAIL,
  userByEmail,
  withRule,
} from '../test-support';
import { duplicateOutreachRule } from './duplicate-outreach';

let world: DemoWorld;
beforeAll(async () => {
  world = await loadDemoWorld();
});

const JORDAN_TOUCH = 'demo:outreach:jordan-lee:1';

function run(recipients: RecipientFacts[], overrides: Partial<RuleContext> = {}) {
  const warnings = duplicateOutreachRule.evaluate(context(world, recipients, overrides));
  for (const w of warnings) expect(() => Warning.parse(w)).not.toThrow();
  return warnings;
}

const patchJordanTouch = (change: Partial<Outreach>) => (brief: Brief) => ({
  ...brief,
  outreach: brief.outreach.map((o) => (o.id === JORDAN_TOUCH ? { ...o, ...change } : o)),
});

describe('duplicate-outreach: the same person', () => {
  it('warns that Riley Chen (SDR) emailed Jordan Lee yesterday, with subject and evidence', () => {
    const [warning, ...rest] = run([found(world, JORDAN_EMAIL)]);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      ruleId: 'duplicate-outreach',
      severity: 'confirm',
      recipient: JORDAN_EMAIL,
      title: 'Riley Chen emailed Jordan Lee yesterday',
      fix: 'Check with Riley Chen before sending, so Jordan Lee is not contacted twice.',
    });
    expect(warning!.detail).toMatch(
      /^Riley Chen \(Sales Development Rep\) emailed Jordan Lee yesterday \(.+\): “Telematics add-on for Northwind's 40 vehicles”\.$/,
    );
    expect(warning!.evidence).toEqual([
      {
        kind: 'outreach',
        refId: JORDAN_TOUCH,
        label: "Email by Riley Chen (Sales Development Rep): “Telematics add-on for Northwind's 40 vehicles”",
        at: daysAgo(1),
      },
    ]);
  });

  it('respects the window: 8 days ago with a 7-day window is nothing, with 10 days it warns', () => {
    const old = found(world, JORDAN_EMAIL, patchJordanTouch({ at: daysAgo(8) }));
    expect(run([old])).toEqual([]);
    const wide = run([old], { settings: withRule('duplicate-outreach', { windowDays: 10 }) });
    expect(wide.map((w) => w.title)).toEqual(['Riley Chen emailed Jordan Lee 8 days ago']);
  });

  it('ignores inbound touches and my own outreach', () => {
    expect(run([found(world, JORDAN_EMAIL, patchJordanTouch({ direction: 'inbound' }))])).toEqual([]);
    const riley = userByEmail(world, RILEY_EMAIL);
    // Signed in as Riley: his own email to Jordan is not a duplicate; Alex's quote email to Priya is (company level).
    const asRiley = run([found(world, JORDAN_EMAIL)], { currentUser: riley });
    expect(asRiley.map((w) => [w.severity, w.title])).toEqual([
      ['notice', 'Alex Morgan contacted someone else at Northwind Traders 5 days ago'],
    ]);
  });

  it('names the channel and counts further touches', () => {
    const brief = (b: Brief): Brief => ({
      ...b,
      outreach: [
        ...b.outreach,
        {
          ...b.outreach[0]!,
          id: 'demo:outreach:jordan-lee:call',
          channel: 'call',
          at: daysAgo(0.2),
          subject: 'Pricing call',
        },
      ],
    });
    const [warning] = run([found(world, JORDAN_EMAIL, brief)]);
    expect(warning?.title).toBe('Riley Chen called Jordan Lee 5 hours ago');
    expect(warning?.detail).toContain('1 more touch by Riley Chen in the last 7 days.');
    expect(warning?.evidence.map((e) => e.refId)).toEqual(['demo:outreach:jordan-lee:call', JORDAN_TOUCH]);
  });

  it('falls back to "a colleague" for a sender the workspace does not know', () => {
    const [warning] = run([found(world, JORDAN_EMAIL, patchJordanTouch({ byUserId: 'demo:user:gone' }))]);
    expect(warning?.title).toBe('A colleague emailed Jordan Lee yesterday');
  });

  it('finds the signed-in rep by settings.currentUserEmail when currentUser is unknown', () => {
    // Alex (settings.currentUserEmail) emailed Priya 5 days ago: his own touch, not a colleague's.
    expect(
      run([found(world, PRIYA_EMAIL)], { currentUser: undefined }).filter((w) => w.severity === 'confirm'),
    ).toEqual([]);
  });

  it('treats every outbound touch as a colleague’s when the rep is unknown to the CRM, and says so', () => {
    const settings = { ...withRule('duplicate-outreach', {}), currentUserEmail: 'new.rep@example.com' };
    const [personal] = run([found(world, PRIYA_EMAIL)], { currentUser: undefined, settings });
    expect(personal).toMatchObject({ severity: 'confirm', title: 'Alex Morgan emailed Priya Raman 5 days ago' });
    expect(personal!.detail).toContain('Preflight does not know your CRM user');
  });
});

describe('duplicate-outreach: someone else at the same company', () => {
  it('gives Priya a notice that Riley contacted another Northwind contact yesterday', () => {
    const warnings = run([found(world, PRIYA_EMAIL)]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: 'notice',
      recipient: PRIYA_EMAIL,
      title: 'Riley Chen contacted someone else at Northwind Traders yesterday',
      fix: 'Coordinate with Riley Chen so Northwind Traders hears one story.',
    });
    expect(warnings[0]!.detail).toContain('emailed another contact at Northwind Traders yesterday');
    expect(warnings[0]!.evidence[0]?.refId).toBe(JORDAN_TOUCH);
  });

  it('leaves the company notice out when that contact is on the draft too (they get their own warning)', () => {
    const warnings = run([found(world, PRIYA_EMAIL), found(world, JORDAN_EMAIL)]);
    expect(warnings.map((w) => [w.recipient, w.severity])).toEqual([[JORDAN_EMAIL, 'confirm']]);
  });

  it('caps the company notice by the configured severity and keeps it a notice when configured higher', () => {
    const block = withRule('duplicate-outreach', { severity: 'block' });
    expect(run([found(world, PRIYA_EMAIL)], { settings: block })[0]?.severity).toBe('notice');
    expect(run([found(world, JORDAN_EMAIL)], { settings: block })[0]?.severity).toBe('block');
  });

  it('respects the window for company touches too', () => {
    const facts = found(world, PRIYA_EMAIL);
    const old = { ...facts, companyOutreach: facts.companyOutreach.map((o) => ({ ...o, at: daysAgo(8) })) };
    expect(run([old])).toEqual([]);
  });
});
