import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../model/brief';
import type { MarketingEmail } from '../../model/marketing-email';
import { Warning } from '../../model/warning';
import type { ExtractedOffer } from '../offers/types';
import {
  ANNUAL,
  context,
  DAY_MS,
  daysAgo,
  type DemoWorld,
  discount,
  found,
  freeMonths,
  JORDAN_EMAIL,
  loadDemoWorld,
  MARIA_EMAIL,
  NOW,
  price,
  PRIYA_EMAIL,
  TELEMATICS,
  withRule,
} from '../test-support';
import { campaignOfferConflictRule } from './campaign-offer-conflict';

let world: DemoWorld;
beforeAll(async () => {
  world = await loadDemoWorld();
});

const AUTUMN = 'demo:mkt:autumn-annual:priya-raman';

function check(
  offers: ExtractedOffer[],
  email = PRIYA_EMAIL,
  patch?: (brief: Brief) => Brief,
  settings = withRule('campaign-offer-conflict', {}),
) {
  const ctx = context(world, [found(world, email, patch)], { offers, settings });
  const warnings = campaignOfferConflictRule.evaluate(ctx);
  for (const w of warnings) expect(() => Warning.parse(w)).not.toThrow();
  return warnings;
}

const patchAutumn = (change: (email: MarketingEmail) => MarketingEmail) => (brief: Brief) => ({
  ...brief,
  marketing: brief.marketing.map((m) => (m.id === AUTUMN ? change(m) : m)),
});

describe('campaign-offer-conflict: the 25% autumn promotion Priya opened and clicked 2 days ago', () => {
  it('flags a 15% draft, saying she opened and clicked it, with the campaign as evidence', () => {
    const [warning, ...rest] = check([discount(15, [ANNUAL], '15% off the annual plan')]);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      ruleId: 'campaign-offer-conflict',
      severity: 'confirm',
      recipient: PRIYA_EMAIL,
      title: 'Differs from campaign offer “25% off annual plans” (opened, clicked)',
      fix: 'Match the campaign (25% off annual plans) or tell Priya Raman why your offer differs.',
    });
    expect(warning!.detail).toBe(
      'Priya Raman received “25% off annual plans — this month only” (Autumn annual-plan promotion) 2 days ago ' +
        'and opened and clicked it. It offered 25% off annual plans; the draft offers 15% off (“15% off the annual plan”). ' +
        `The campaign offer is valid until ${new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' }).format(NOW.getTime() + 12 * DAY_MS)}.`,
    );
    const [sent, opened, clicked] = warning!.evidence;
    expect(sent).toEqual({
      kind: 'marketing_email',
      refId: AUTUMN,
      label: expect.stringMatching(
        /^Autumn annual-plan promotion — “25% off annual plans — this month only” · sent .* · 25% off annual plans · opened and clicked it$/,
      ),
      at: daysAgo(2),
    });
    expect(opened).toMatchObject({
      label: 'Opened',
      at: new Date(NOW.getTime() - 2 * DAY_MS + 95 * 60_000).toISOString(),
    });
    expect(clicked).toMatchObject({
      label: 'Clicked a link',
      url: 'https://www.example.com/pricing?utm_campaign=autumn-annual',
    });
  });

  it('flags 10% (the campaign gave more) and says nothing for the campaign’s own 25%', () => {
    expect(check([discount(10)])).toHaveLength(1);
    expect(check([discount(25)])).toEqual([]);
    expect(check([discount(25, [])])).toEqual([]);
  });

  it('flags a rep who offers more than the campaign (Maria: 25% against the Russian 20% promo)', () => {
    const [warning] = check([discount(25)], MARIA_EMAIL);
    expect(warning?.detail).toContain('It offered Скидка 20% на годовой тариф; the draft offers 25% off');
    expect(warning?.detail).toContain('opened it');
  });

  it('says whether the contact opened or clicked (Jordan only opened)', () => {
    const [warning] = check([discount(15)], JORDAN_EMAIL);
    expect(warning?.title).toBe('Differs from campaign offer “25% off annual plans” (opened)');
    expect(warning?.detail).toContain('and opened it.');
    const [unopened] = check(
      [discount(15)],
      PRIYA_EMAIL,
      patchAutumn((m) => ({ ...m, events: m.events.filter((e) => e.type === 'delivered') })),
    );
    expect(unopened?.detail).toContain('and has not opened it.');
    expect(unopened?.evidence).toHaveLength(1);
  });

  it('needs a draft offer on an overlapping product', () => {
    expect(check([])).toEqual([]);
    expect(check([discount(20, [TELEMATICS])])).toEqual([]);
  });

  it('treats other terms on the same product as different, unless the draft repeats the campaign’s', () => {
    const [warning] = check([freeMonths(3)]);
    expect(warning?.detail).toContain('the draft offers 3 free months');
    expect(check([discount(25), freeMonths(3)])).toEqual([]);
  });

  it('does not compare prices across currencies', () => {
    const withPrice = patchAutumn((m) => ({
      ...m,
      offer: { ...m.offer!, discountPercent: undefined, price: { amount: 405, currency: 'USD' } },
    }));
    expect(check([price(405, 'USD')], PRIYA_EMAIL, withPrice)).toEqual([]);
    expect(check([price(380, 'EUR')], PRIYA_EMAIL, withPrice)).toEqual([]);
    expect(check([price(450, 'USD')], PRIYA_EMAIL, withPrice)).toHaveLength(1);
  });
});

describe('campaign-offer-conflict: the window', () => {
  it('uses windowDays from settings (default 14)', () => {
    expect(
      check([discount(15)], PRIYA_EMAIL, undefined, withRule('campaign-offer-conflict', { windowDays: 1 })),
    ).toEqual([]);
    expect(
      check([discount(15)], PRIYA_EMAIL, undefined, withRule('campaign-offer-conflict', { windowDays: 2 })),
    ).toHaveLength(1);
    const old = patchAutumn((m) => ({
      ...m,
      sentAt: daysAgo(15),
      events: [{ type: 'delivered', at: daysAgo(15) }],
    }));
    expect(check([discount(15)], PRIYA_EMAIL, old)).toEqual([]);
  });

  it('counts a recent open or click of an older email', () => {
    const clickedLately = patchAutumn((m) => ({
      ...m,
      sentAt: daysAgo(20),
      events: [
        { type: 'delivered', at: daysAgo(20) },
        { type: 'click', at: daysAgo(3), url: 'https://www.example.com/pricing' },
      ],
    }));
    const [warning] = check([discount(15)], PRIYA_EMAIL, clickedLately);
    expect(warning?.detail).toContain('20 days ago and opened and clicked it (last 3 days ago)');
  });

  it('ignores an email that bounced', () => {
    const bounced = patchAutumn((m) => ({ ...m, events: [{ type: 'bounce', at: m.sentAt }] }));
    expect(check([discount(15)], PRIYA_EMAIL, bounced)).toEqual([]);
  });
});
