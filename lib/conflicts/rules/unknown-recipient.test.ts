import { beforeAll, describe, expect, it } from 'vitest';
import { Warning } from '../../model/warning';
import type { RecipientFacts, RuleContext } from '../types';
import {
  context,
  type DemoWorld,
  failedLookup,
  found,
  linkedinDraft,
  loadDemoWorld,
  notInCrm,
  PRIYA_EMAIL,
  SAM_EMAIL,
  withRule,
} from '../test-support';
import { unknownRecipientRule } from './unknown-recipient';

let world: DemoWorld;
beforeAll(async () => {
  world = await loadDemoWorld();
});

function run(recipients: RecipientFacts[], overrides: Partial<RuleContext> = {}) {
  const warnings = unknownRecipientRule.evaluate(context(world, recipients, overrides));
  for (const w of warnings) expect(() => Warning.parse(w)).not.toThrow();
  return warnings;
}

describe('unknown-recipient', () => {
  it('gives a notice for someone not in the CRM', () => {
    const [warning] = run([notInCrm(SAM_EMAIL)]);
    expect(warning).toMatchObject({
      ruleId: 'unknown-recipient',
      severity: 'notice',
      recipient: SAM_EMAIL,
      title: 'Not in CRM — Preflight could not check this person',
    });
    expect(warning!.evidence[0]).toMatchObject({
      kind: 'lookup',
      label: expect.stringContaining('Not found in the CRM'),
    });
  });

  it('asks to confirm when a lookup failed: nothing was checked for that recipient', () => {
    const [warning] = run([failedLookup('k.tanaka@kaze-delivery.example', 'HubSpot answered 503')]);
    expect(warning).toMatchObject({
      severity: 'confirm',
      recipient: 'k.tanaka@kaze-delivery.example',
      title: 'Could not load k.tanaka@kaze-delivery.example — nothing was checked',
    });
    expect(warning!.detail).toContain('HubSpot answered 503');
  });

  it('never lets settings lower a failed lookup below confirm, but lets them raise it', () => {
    const failed = [failedLookup('x@y.example')];
    expect(run(failed, { settings: withRule('unknown-recipient', { severity: 'notice' }) })[0]?.severity).toBe(
      'confirm',
    );
    expect(run(failed, { settings: withRule('unknown-recipient', { severity: 'block' }) })[0]?.severity).toBe('block');
    expect(
      run([notInCrm(SAM_EMAIL)], { settings: withRule('unknown-recipient', { severity: 'confirm' }) })[0]?.severity,
    ).toBe('confirm');
  });

  it('says nothing about a complete brief', () => {
    expect(run([found(world, PRIYA_EMAIL)])).toEqual([]);
  });

  it('names the sections a partial brief is missing', () => {
    const partial = found(world, PRIYA_EMAIL, (brief) => ({
      ...brief,
      freshness: {
        ...brief.freshness,
        quotes: {
          fetchedAt: brief.freshness.quotes!.fetchedAt,
          partial: true,
          partialReason: 'HubSpot quotes API timed out.',
        },
      },
    }));
    const [warning] = run([partial]);
    expect(warning).toMatchObject({ severity: 'notice', title: 'Some CRM data for Priya Raman is missing' });
    expect(warning!.detail).toContain("Preflight could not load all of Priya Raman's quotes");
    expect(warning!.detail).toContain('HubSpot quotes API timed out.');
  });

  it('reports a LinkedIn profile it could not resolve, without inventing an email', () => {
    const url = 'https://www.linkedin.com/in/unknown-person/';
    const facts: RecipientFacts = {
      recipient: url,
      lookup: { status: 'not_in_crm', checkedAt: new Date().toISOString() },
      companyOutreach: [],
    };
    const [warning] = run([facts], { draft: linkedinDraft([url]) });
    expect(warning?.recipient).toBeUndefined();
    expect(warning?.detail).toContain(url);
  });
});
