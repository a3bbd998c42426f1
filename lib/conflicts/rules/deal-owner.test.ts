import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../model/brief';
import { Warning } from '../../model/warning';
import type { RecipientFacts, RuleContext } from '../types';
import {
  context,
  DANA_EMAIL,
  type DemoWorld,
  found,
  JORDAN_EMAIL,
  loadDemoWorld,
  OLEH_EMAIL,
  PRIYA_EMAIL,
  userByEmail,
  withRule,
} from '../test-support';
import { dealOwnerRule } from './deal-owner';

let world: DemoWorld;
beforeAll(async () => {
  world = await loadDemoWorld();
});

function run(recipients: RecipientFacts[], overrides: Partial<RuleContext> = {}) {
  const warnings = dealOwnerRule.evaluate(context(world, recipients, overrides));
  for (const w of warnings) expect(() => Warning.parse(w)).not.toThrow();
  return warnings;
}

describe('deal-owner', () => {
  it("names the owner and stage of Oleh's open deal, owned by Taylor Brooks", () => {
    const [warning, ...rest] = run([found(world, OLEH_EMAIL)]);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      ruleId: 'deal-owner',
      severity: 'notice',
      recipient: OLEH_EMAIL,
      title: 'Deal owned by Taylor Brooks (Negotiation)',
      fix: 'Coordinate with Taylor Brooks before sending.',
    });
    expect(warning!.detail).toContain(
      'Oleh Petrenko is on the open deal “Kyiv Agro — телематика для парку техніки” at stage Negotiation',
    );
    expect(warning!.detail).toContain('owned by Taylor Brooks (Account Executive).');
    expect(warning!.evidence[0]).toMatchObject({ kind: 'deal', refId: 'demo:deal:kyiv-agro-telematics' });
  });

  it('says nothing about my own deal (Northwind, owned by Alex) or a closed one (Contoso renewal)', () => {
    expect(run([found(world, PRIYA_EMAIL), found(world, JORDAN_EMAIL), found(world, DANA_EMAIL)])).toEqual([]);
  });

  it('says nothing when the signed-in rep owns it', () => {
    expect(run([found(world, OLEH_EMAIL)], { currentUser: userByEmail(world, 'taylor.brooks@example.com') })).toEqual(
      [],
    );
  });

  it('words a company deal the contact is not on', () => {
    const notOnIt = (brief: Brief): Brief => ({
      ...brief,
      deals: brief.deals.map((d) => ({
        ...d,
        contactIds: [],
        ownerId: userByEmail(world, 'casey.nguyen@example.com').id,
      })),
    });
    const [warning] = run([found(world, JORDAN_EMAIL, notOnIt)]);
    expect(warning?.detail).toMatch(
      /^Northwind Traders has the open deal “Northwind Traders — Fleet rollout” at stage Proposal/,
    );
    expect(warning?.title).toBe('Deal owned by Casey Nguyen (Proposal)');
  });

  it('takes its severity from settings', () => {
    expect(
      run([found(world, OLEH_EMAIL)], { settings: withRule('deal-owner', { severity: 'confirm' }) })[0]?.severity,
    ).toBe('confirm');
  });
});
