import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../model/brief';
import type { Quote } from '../../model/quote';
import { Warning } from '../../model/warning';
import type { ExtractedOffer } from '../offers/types';
import {
  ANNUAL,
  context,
  daysAgo,
  type DemoWorld,
  discount,
  found,
  freeMonths,
  JORDAN_EMAIL,
  loadDemoWorld,
  OLEH_EMAIL,
  price,
  PRIYA_EMAIL,
  TELEMATICS,
  trial,
  withRule,
} from '../test-support';
import { quoteOfferConflictRule } from './quote-offer-conflict';

let world: DemoWorld;
beforeAll(async () => {
  world = await loadDemoWorld();
});

const ALIGN_Q1042 = 'Align the draft with Q-1042 (10%) or revise the quote first.';

function check(offers: ExtractedOffer[], email = PRIYA_EMAIL, patch?: (brief: Brief) => Brief) {
  const warnings = quoteOfferConflictRule.evaluate(context(world, [found(world, email, patch)], { offers }));
  for (const w of warnings) expect(() => Warning.parse(w)).not.toThrow();
  return warnings;
}

const patchQ1042 = (change: Partial<Quote>) => (brief: Brief) => ({
  ...brief,
  quotes: brief.quotes.map((q) => (q.number === 'Q-1042' ? { ...q, ...change } : q)),
});

describe('quote-offer-conflict: discounts against Q-1042 (10% on the annual plan)', () => {
  it('flags 15% off the annual plan, with the quote as evidence and the fix the rep needs', () => {
    const [warning, ...rest] = check([discount(15, [ANNUAL], '15% off the annual plan')]);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      ruleId: 'quote-offer-conflict',
      severity: 'confirm',
      recipient: PRIYA_EMAIL,
      title: 'Offer differs from open quote Q-1042 (10%)',
      fix: ALIGN_Q1042,
    });
    expect(warning!.detail).toContain('The draft offers 15% off (“15% off the annual plan”)');
    expect(warning!.detail).toContain("Priya Raman's open quote Q-1042 has 10% off Fleet Platform — Annual plan");
    expect(warning!.detail).toContain('(in 9 days)');
    expect(warning!.evidence).toEqual([
      {
        kind: 'quote',
        refId: 'demo:quote:q-1042',
        label: expect.stringMatching(
          /^Q-1042 \(sent\) · Fleet Platform — Annual plan: 40 × \$540, 10% off · total \$19,440/,
        ),
        at: '2026-12-02T10:00:00.000Z',
        url: 'https://app.hubspot.com/quotes/4455667/1042',
      },
    ]);
  });

  it('flags 25% (the campaign figure) as well: the quote still says 10%', () => {
    expect(check([discount(25)]).map((w) => w.fix)).toEqual([ALIGN_Q1042]);
  });

  it('accepts the quote’s own 10%, with or without a product named', () => {
    expect(check([discount(10)])).toEqual([]);
    expect(check([discount(10, [])])).toEqual([]);
  });

  it('compares an offer that names no product with every line', () => {
    expect(check([discount(15, [])])).toHaveLength(1);
  });

  it('ignores offers on products the quote does not contain', () => {
    expect(check([discount(20, [TELEMATICS])])).toEqual([]);
  });

  it("uses the quote-level discount for a line without its own (and says 'no discount' when both are 0)", () => {
    const lineWithout = (brief: Brief) =>
      patchQ1042({
        lineItems: brief.quotes[0]!.lineItems.map((l) => ({ ...l, discountPercent: 0 })),
      })(brief);
    expect(check([discount(10)], PRIYA_EMAIL, lineWithout)).toEqual([]);
    const none = (brief: Brief) => patchQ1042({ discountPercent: 0 })(lineWithout(brief));
    const [warning] = check([discount(10)], PRIYA_EMAIL, none);
    expect(warning?.fix).toBe('Align the draft with Q-1042 (no discount) or revise the quote first.');
  });

  it("checks a colleague's company quote too (Jordan Lee at Northwind)", () => {
    const [warning] = check([discount(15)], JORDAN_EMAIL);
    expect(warning?.recipient).toBe(JORDAN_EMAIL);
    expect(warning?.detail).toContain('the open quote Q-1042 for Northwind Traders');
  });

  it('ignores quotes that are no longer open (expired, accepted)', () => {
    expect(check([discount(15)], PRIYA_EMAIL, patchQ1042({ expiresAt: daysAgo(1) }))).toEqual([]);
    expect(check([discount(15)], PRIYA_EMAIL, patchQ1042({ status: 'accepted' }))).toEqual([]);
    expect(check([discount(15)], PRIYA_EMAIL, patchQ1042({ status: 'draft' }))).toHaveLength(1);
  });

  it('matches every line of a multi-line quote (Oleh: 12% on the annual plan and the telematics add-on)', () => {
    expect(check([discount(12, [TELEMATICS])], OLEH_EMAIL)).toEqual([]);
    const [warning] = check([discount(15, [TELEMATICS])], OLEH_EMAIL);
    expect(warning?.fix).toBe('Align the draft with Q-1057 (12%) or revise the quote first.');
  });
});

describe('quote-offer-conflict: prices, free months and trials', () => {
  it('accepts any figure of the quote: list or net unit price, line total, quote total', () => {
    for (const amount of [540, 486, 486.4, 21_600, 19_440])
      expect(check([price(amount, 'USD')]), String(amount)).toEqual([]);
  });

  it('flags a different price in the same currency', () => {
    const [warning] = check([price(450, 'USD', [ANNUAL], '$450 per vehicle')]);
    expect(warning).toMatchObject({
      severity: 'confirm',
      fix: 'Align the draft with Q-1042 ($486 per unit) or revise the quote first.',
    });
    expect(warning!.detail).toContain('The draft offers $450 (“$450 per vehicle”)');
    expect(warning!.detail).toContain('$486 per unit on Fleet Platform — Annual plan (total $19,440)');
  });

  it('does not compare across currencies: a notice says so', () => {
    const [warning, ...rest] = check([price(450, 'EUR', [ANNUAL], '€450 per vehicle')]);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: 'notice', title: 'Price in a different currency than quote Q-1042' });
    expect(warning!.detail).toContain('(different currency)');
  });

  it('folds a currency note into a real conflict with the same quote', () => {
    const [warning, ...rest] = check([discount(15), price(450, 'EUR')]);
    expect(rest).toEqual([]);
    expect(warning?.severity).toBe('confirm');
    expect(warning?.detail).toContain('different currency');
  });

  it('flags free months and trials the quote does not have', () => {
    const [months] = check([freeMonths(2)]);
    expect(months?.fix).toBe('Align the draft with Q-1042 (no free months) or revise the quote first.');
    const [both] = check([discount(15), trial(30)]);
    expect(both?.title).toBe('Offer differs from open quote Q-1042 (10% and no trial)');
  });

  it('ignores a bare expiry date', () => {
    expect(
      check([
        { kind: 'expiry', expiresAt: '2026-11-30T00:00:00.000Z', products: [], snippet: 'valid until 30 November' },
      ]),
    ).toEqual([]);
  });

  it('says nothing without offers', () => {
    expect(check([])).toEqual([]);
  });

  it('takes the main severity from settings, and caps the currency notice by it', () => {
    const ctx = (offers: ExtractedOffer[], severity: 'block' | 'notice') =>
      context(world, [found(world, PRIYA_EMAIL)], { offers, settings: withRule('quote-offer-conflict', { severity }) });
    expect(quoteOfferConflictRule.evaluate(ctx([discount(15)], 'block'))[0]?.severity).toBe('block');
    expect(quoteOfferConflictRule.evaluate(ctx([price(1, 'EUR')], 'block'))[0]?.severity).toBe('notice');
    expect(quoteOfferConflictRule.evaluate(ctx([discount(15)], 'notice'))[0]?.severity).toBe('notice');
  });
});
