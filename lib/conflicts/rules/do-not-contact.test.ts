import { beforeAll, describe, expect, it } from 'vitest';
import type { DoNotContactFlag } from '../../model/contact-policy';
import { Warning } from '../../model/warning';
import {
  context,
  DANA_EMAIL,
  daysAgo,
  type DemoWorld,
  found,
  JONES_EMAIL,
  linkedinDraft,
  loadDemoWorld,
  PRIYA_EMAIL,
  withRule,
} from '../test-support';
import { doNotContactRule } from './do-not-contact';

let world: DemoWorld;
beforeAll(async () => {
  world = await loadDemoWorld();
});

const flag = (kind: DoNotContactFlag['kind'], channel: DoNotContactFlag['channel']): DoNotContactFlag => ({
  kind,
  channel,
  source: 'Legal team',
  since: daysAgo(3),
  note: 'Pending litigation',
});

/** Priya with the given flags instead of her (empty) policy. */
const priyaWith = (...flags: DoNotContactFlag[]) =>
  found(world, PRIYA_EMAIL, (brief) => ({ ...brief, policy: { ...brief.policy, flags } }));

const run = (ctx: Parameters<typeof doNotContactRule.evaluate>[0]) => {
  const warnings = doNotContactRule.evaluate(ctx);
  for (const w of warnings) expect(() => Warning.parse(w)).not.toThrow();
  return warnings;
};

describe('do-not-contact on email drafts', () => {
  it("blocks Dana Whitfield, who opted out of all email, with the flag's source, date and note", () => {
    const [warning, ...rest] = run(context(world, [found(world, DANA_EMAIL)]));
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      ruleId: 'do-not-contact',
      severity: 'block',
      recipient: DANA_EMAIL,
      title: 'Dana Whitfield opted out of email',
      fix: `Remove ${DANA_EMAIL} from the recipients, or do not send this email.`,
    });
    expect(warning!.detail).toContain('Unsubscribe from all email (preference center)');
    expect(warning!.detail).toContain('Asked to stop all email after the 2025 renewal');
    expect(warning!.evidence).toEqual([
      {
        kind: 'policy',
        refId: 'demo:contact:dana-whitfield',
        label: expect.stringContaining('Unsubscribe from all email (preference center)'),
        at: daysAgo(30),
      },
    ]);
  });

  it('gives Dr. Jones, who only left marketing email, a notice that a personal email is allowed', () => {
    const warnings = run(context(world, [found(world, JONES_EMAIL)]));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'notice', recipient: JONES_EMAIL });
    expect(warnings[0]!.detail).toContain('unsubscribed from marketing only — a personal email is allowed');
    expect(warnings[0]!.evidence[0]).toMatchObject({
      kind: 'policy',
      label: expect.stringContaining('Unsubscribe link'),
    });
  });

  it('says nothing about a contact without flags', () => {
    expect(run(context(world, [found(world, PRIYA_EMAIL)]))).toEqual([]);
  });

  it('blocks a legal hold and a bounced address, strongest flag first, every flag as evidence', () => {
    const [warning] = run(context(world, [priyaWith(flag('bounced', 'email'), flag('legal_hold', 'any'))]));
    expect(warning).toMatchObject({ severity: 'block', title: 'Legal hold: do not contact Priya Raman' });
    expect(warning!.detail).toContain('Also flagged: email bounced.');
    expect(warning!.evidence.map((e) => e.label)).toEqual([
      expect.stringMatching(/^legal hold/),
      expect.stringMatching(/^email bounced/),
    ]);
    const [bounced] = run(context(world, [priyaWith(flag('bounced', 'email'))]));
    expect(bounced).toMatchObject({ severity: 'block', title: "Priya Raman's email address bounced" });
  });

  it('ignores flags for other channels (do not call, LinkedIn)', () => {
    expect(run(context(world, [priyaWith(flag('do_not_call', 'phone'), flag('email_opt_out', 'linkedin'))]))).toEqual(
      [],
    );
  });

  it('takes the severity from settings; the marketing-only notice stays a notice', () => {
    const settings = withRule('do-not-contact', { severity: 'confirm' });
    expect(run(context(world, [found(world, DANA_EMAIL)], { settings }))[0]?.severity).toBe('confirm');
    expect(run(context(world, [found(world, JONES_EMAIL)], { settings }))[0]?.severity).toBe('notice');
  });
});

describe('do-not-contact on LinkedIn drafts', () => {
  const linkedin = (facts: ReturnType<typeof found>) => {
    const brief = facts.lookup.status === 'found' ? facts.lookup.brief : undefined;
    const url = brief?.contact.linkedinUrl ?? 'https://www.linkedin.com/in/someone/';
    return context(world, [{ ...facts, recipient: url }], { draft: linkedinDraft([url]) });
  };

  it('blocks a legal hold on any channel and a LinkedIn-channel flag', () => {
    const [hold] = run(linkedin(priyaWith(flag('legal_hold', 'any'))));
    expect(hold).toMatchObject({
      severity: 'block',
      recipient: PRIYA_EMAIL,
      fix: 'Do not send this message to Priya Raman.',
    });
    const [optOut] = run(linkedin(priyaWith(flag('email_opt_out', 'linkedin'))));
    expect(optOut).toMatchObject({ severity: 'block', title: 'Do not message Priya Raman on LinkedIn' });
  });

  it('notes an email-only opt-out without blocking (Dana asked for no email, not for no LinkedIn)', () => {
    const warnings = run(linkedin(found(world, DANA_EMAIL)));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: 'notice',
      recipient: DANA_EMAIL,
      title: 'Email-only flag for Dana Whitfield: opted out of email',
    });
    expect(warnings[0]!.detail).toContain('The flag covers email, not LinkedIn messages.');
  });

  it('ignores a marketing-only unsubscribe', () => {
    expect(run(linkedin(found(world, JONES_EMAIL)))).toEqual([]);
  });
});
