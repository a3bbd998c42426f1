import { describe, expect, it } from 'vitest';
import { isInternalEmail, normalizeEmail } from '../../identity/email';
import { blocksSalesEmail, DoNotContactKind } from '../../model/contact-policy';
import type { Contact } from '../../model/contact';
import { isQuoteOpen, OPEN_QUOTE_STATUSES } from '../../model/quote';
import { WorkspaceSnapshot } from '../../model/workspace';
import { DEMO_LABEL, generateDemoWorkspace } from './generate-workspace';

const ANCHOR = new Date('2025-10-15T09:30:00.000Z');
const DAY_MS = 86_400_000;
const ws = generateDemoWorkspace(ANCHOR);
const STORY_EMAILS = [
  'priya.raman@northwind-traders.com',
  'jordan.lee@northwind-traders.com',
  'dana.whitfield@contoso.io',
  'd.jones@riverside-clinic.example',
  'oleh.petrenko@kyiv-agro.example',
  'm.ivanova@sever-logistic.example',
];

const daysAgo = (iso: string): number => (ANCHOR.getTime() - Date.parse(iso)) / DAY_MS;
const userIdByEmail = (email: string): string => {
  const user = ws.users.find((u) => u.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
};
const contact = (email: string): Contact => {
  const found = ws.contacts.find((c) => c.emails.includes(email));
  if (!found) throw new Error(`no contact ${email}`);
  return found;
};
const flagsOf = (contactId: string) => ws.policies.find((p) => p.contactId === contactId)?.flags ?? [];
const ALEX = userIdByEmail('alex.morgan@example.com');
const generated = ws.contacts.filter((c) => !c.emails.some((e) => STORY_EMAILS.includes(e)));
const generatedIds = new Set(generated.map((c) => c.id));

describe('generateDemoWorkspace: shape and determinism', () => {
  it('passes the WorkspaceSnapshot schema', () => {
    expect(() => WorkspaceSnapshot.parse(ws)).not.toThrow();
    expect(ws.source).toBe('demo');
    expect(ws.label).toBe(DEMO_LABEL);
    expect(ws.generatedAt).toBe(ANCHOR.toISOString());
    expect(ws.currentUserId).toBe(ALEX);
  });

  it('returns the same workspace for the same anchor', () => {
    const again = generateDemoWorkspace(new Date(ANCHOR.getTime()));
    expect(again).toEqual(ws);
    expect(JSON.stringify(again)).toBe(JSON.stringify(ws));
  });

  it('only shifts dates when the anchor moves', () => {
    const delta = 3 * DAY_MS + 7 * 3_600_000 + 11 * 60_000 + 13_500;
    const shifted = generateDemoWorkspace(new Date(ANCHOR.getTime() + delta));
    const isoPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    const problems: string[] = [];
    let dates = 0;
    const walk = (a: unknown, b: unknown, path: string): void => {
      if (typeof a === 'string' && isoPattern.test(a)) {
        dates++;
        if (typeof b !== 'string' || Date.parse(b) - Date.parse(a) !== delta) problems.push(path);
        return;
      }
      if (a !== null && typeof a === 'object') {
        if (b === null || typeof b !== 'object') return void problems.push(path);
        const keysA = Object.keys(a);
        if (keysA.join() !== Object.keys(b).join()) return void problems.push(`${path} (keys)`);
        for (const key of keysA)
          walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
        return;
      }
      if (a !== b) problems.push(path);
    };
    walk(ws, shifted, '$');
    expect(problems).toEqual([]);
    expect(dates).toBeGreaterThan(3_000);
  });

  it('has no activity in the future', () => {
    const past = [
      ...ws.forms.map((f) => f.submittedAt),
      ...ws.marketing.flatMap((m) => [m.sentAt, ...m.events.map((e) => e.at)]),
      ...ws.outreach.map((o) => o.at),
      ...ws.policies.flatMap((p) => p.flags.map((f) => f.since)),
      ...ws.contacts.map((c) => c.updatedAt),
    ];
    expect(past.filter((at) => Date.parse(at) > ANCHOR.getTime())).toEqual([]);
  });

  it('rejects an invalid anchor', () => {
    expect(() => generateDemoWorkspace(new Date('not a date'))).toThrow(RangeError);
  });

  it('generates well within the first-install budget', () => {
    const started = performance.now();
    generateDemoWorkspace(new Date(ANCHOR.getTime() + 1));
    const elapsed = performance.now() - started;
    // eslint-disable-next-line no-console -- the timing is meant to be read in the test output
    console.info(`generateDemoWorkspace: ${elapsed.toFixed(1)} ms for ${ws.contacts.length} contacts`);
    expect(elapsed).toBeLessThan(1_000);
  });
});

describe('story: Northwind Traders', () => {
  const priya = contact('priya.raman@northwind-traders.com');

  it('has Priya with her identifiers and Alex as owner', () => {
    expect(priya).toMatchObject({
      name: 'Priya Raman',
      title: 'Head of Operations',
      company: { name: 'Northwind Traders', domain: 'northwind-traders.com' },
      linkedinUrl: 'https://www.linkedin.com/in/priya-raman-4b2a1c/',
      crmIds: { hubspot: { portalId: '4455667', id: '98765432101' }, salesforce: { id: '003Dn00000QxYzAIAV' } },
      ownerId: ALEX,
    });
    expect(flagsOf(priya.id)).toEqual([]);
  });

  it('has her demo request from 12 days ago with real answers', () => {
    const form = ws.forms.find((f) => f.contactId === priya.id && f.formName === 'Request a demo');
    expect(form?.pageUrl).toBe('https://www.example.com/demo');
    expect(daysAgo(form?.submittedAt ?? '')).toBe(12);
    const answers = form?.fields.map((f) => `${f.label}: ${f.value}`).join('\n') ?? '';
    expect(answers).toContain('Fleet size: 40 vehicles');
    expect(answers).toContain('SAP');
    expect(answers).toContain('Q3');
  });

  it('has the 25% autumn campaign from 2 days ago, opened and clicked', () => {
    const emails = ws.marketing.filter((m) => m.contactId === priya.id);
    expect(emails.length).toBeGreaterThanOrEqual(3);
    const autumn = emails.find((m) => m.campaign.name === 'Autumn annual-plan promotion');
    expect(autumn?.subject).toMatch(/25% off annual plans/);
    expect(daysAgo(autumn?.sentAt ?? '')).toBe(2);
    expect(autumn?.offer).toMatchObject({
      summary: '25% off annual plans',
      discountPercent: 25,
      products: ['Fleet Platform — Annual plan'],
    });
    expect(autumn?.events.map((e) => e.type)).toEqual(['delivered', 'open', 'click']);
    expect(autumn?.events.find((e) => e.type === 'click')?.url).toBe(
      'https://www.example.com/pricing?utm_campaign=autumn-annual',
    );
    expect(emails.filter((m) => !m.offer).some((m) => m.events.some((e) => e.type === 'open'))).toBe(true);
  });

  it('has open quote Q-1042: 40 seats, 10% off, expires in 9 days, owned by Alex', () => {
    const quote = ws.quotes.find((q) => q.number === 'Q-1042');
    expect(quote).toMatchObject({
      title: 'Northwind Traders — Fleet Platform annual plan',
      status: 'sent',
      currency: 'USD',
      discountPercent: 10,
      amount: 40 * 540 * 0.9,
      ownerId: ALEX,
      contactIds: [priya.id],
      companyDomain: 'northwind-traders.com',
    });
    expect(quote?.lineItems).toEqual([
      expect.objectContaining({
        product: 'Fleet Platform — Annual plan',
        quantity: 40,
        unitPrice: 540,
        discountPercent: 10,
      }),
    ]);
    expect(daysAgo(quote?.expiresAt ?? '')).toBe(-9);
    expect(quote && isQuoteOpen(quote, ANCHOR)).toBe(true);
  });

  it('has the active Proposal deal owned by Alex, worth the quote', () => {
    const deal = ws.deals.find((d) => d.name === 'Northwind Traders — Fleet rollout');
    expect(deal).toMatchObject({ stage: 'Proposal', isClosed: false, ownerId: ALEX, amount: 19_440, currency: 'USD' });
    expect(deal?.contactIds).toContain(priya.id);
    expect(daysAgo(deal?.closeDate ?? '')).toBe(-30);
  });

  it("has Alex's quote email from 5 days ago", () => {
    const email = ws.outreach.find(
      (o) =>
        o.contactId === priya.id &&
        o.byUserId === ALEX &&
        o.channel === 'email' &&
        o.direction === 'outbound' &&
        daysAgo(o.at) === 5,
    );
    expect(email?.subject).toContain('Q-1042');
  });

  it('has Jordan, emailed yesterday by the SDR about the Telematics add-on', () => {
    const jordan = contact('jordan.lee@northwind-traders.com');
    expect(jordan).toMatchObject({ title: 'Procurement Manager', company: { name: 'Northwind Traders' } });
    const sdr = ws.users.find((u) => u.role === 'sdr');
    const email = ws.outreach.find((o) => o.contactId === jordan.id && daysAgo(o.at) === 1);
    expect(email).toMatchObject({ channel: 'email', direction: 'outbound', byUserId: sdr?.id });
    expect(email?.subject).toContain('Telematics add-on');
  });
});

describe('story: do-not-contact', () => {
  it('has Dana opted out of all email since 30 days ago, and no mail after that', () => {
    const dana = contact('dana.whitfield@contoso.io');
    const flags = flagsOf(dana.id);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'email_opt_out',
      channel: 'email',
      note: 'Asked to stop all email after the 2025 renewal',
    });
    expect(daysAgo(flags[0]?.since ?? '')).toBe(30);
    expect(flags.some(blocksSalesEmail)).toBe(true);
    expect(ws.marketing.filter((m) => m.contactId === dana.id && daysAgo(m.sentAt) < 30)).toEqual([]);
    expect(ws.deals.some((d) => d.contactIds.includes(dana.id) && d.isClosed)).toBe(true);
  });

  it('has Dr. Jones unsubscribed from marketing only, after reading the safety pages', () => {
    const jones = contact('d.jones@riverside-clinic.example');
    expect(jones).toMatchObject({ name: 'Dr. Daniel Jones', company: { name: 'Riverside Clinic' } });
    const flags = flagsOf(jones.id);
    expect(flags.map((f) => f.kind)).toEqual(['marketing_unsubscribed']);
    expect(flags[0]).toMatchObject({
      channel: 'email',
      note: 'Does not want unsolicited marketing email; sales contact allowed',
    });
    expect(flags.some(blocksSalesEmail)).toBe(false);
    const clicks = ws.marketing
      .filter((m) => m.contactId === jones.id)
      .flatMap((m) => m.events.filter((e) => e.type === 'click').map((e) => e.url ?? ''));
    expect(clicks.filter((url) => url.includes('/safety/')).length).toBeGreaterThanOrEqual(2);
    expect(ws.forms.some((f) => f.contactId === jones.id && f.formName === 'Download safety data sheet')).toBe(true);
  });
});

describe('story: Ukrainian and Russian customers', () => {
  const cyrillic = /[\u0400-\u04FF]/;

  it('has Oleh with Ukrainian answers and a 12% UAH quote Q-1057', () => {
    const oleh = contact('oleh.petrenko@kyiv-agro.example');
    const form = ws.forms.find((f) => f.contactId === oleh.id);
    expect(form?.formName).toMatch(cyrillic);
    expect(form?.fields.find((f) => f.label === 'Кількість техніки')?.value).toBe('120 тракторів і 35 вантажівок');
    const quote = ws.quotes.find((q) => q.number === 'Q-1057');
    expect(quote).toMatchObject({ currency: 'UAH', discountPercent: 12, status: 'sent', contactIds: [oleh.id] });
    expect(quote?.lineItems.every((line) => line.discountPercent === 12)).toBe(true);
    const expected = quote?.lineItems.reduce((sum, l) => sum + l.quantity * l.unitPrice * 0.88, 0);
    expect(quote?.amount).toBeCloseTo(expected ?? -1, 2);
    expect(ws.users.find((u) => u.id === quote?.ownerId)?.role).toBe('account_executive');
  });

  it('has Maria with Russian answers and the Russian 20% campaign from 3 days ago, opened', () => {
    const maria = contact('m.ivanova@sever-logistic.example');
    const form = ws.forms.find((f) => f.contactId === maria.id);
    expect(form?.fields.every((f) => cyrillic.test(f.label))).toBe(true);
    const promo = ws.marketing.find((m) => m.contactId === maria.id && m.offer?.discountPercent === 20);
    expect(promo?.subject).toBe('Скидка 20% на годовой тариф');
    expect(promo?.offer?.summary).toBe('Скидка 20% на годовой тариф');
    expect(daysAgo(promo?.sentAt ?? '')).toBe(3);
    expect(promo?.events.some((e) => e.type === 'open')).toBe(true);
  });

  it('has no record of sam.patel@example.org anywhere', () => {
    expect(JSON.stringify(ws).toLowerCase()).not.toContain('sam.patel');
  });
});

describe('generated bulk', () => {
  const share = (ids: Iterable<string>): number =>
    new Set([...ids].filter((id) => generatedIds.has(id))).size / generated.length;

  it('has at least 300 generated contacts across many companies', () => {
    expect(generated.length).toBeGreaterThanOrEqual(300);
    expect(new Set(generated.map((c) => c.company?.domain)).size).toBeGreaterThanOrEqual(55);
  });

  it('gives every address once, lower-case and normalised, never on the seller domain', () => {
    const all = ws.contacts.flatMap((c) => c.emails);
    expect(new Set(all).size).toBe(all.length);
    for (const email of all) expect(normalizeEmail(email)).toBe(email);
    expect(all.filter((email) => isInternalEmail(email, ['example.com']))).toEqual([]);
    expect(ws.contacts.every((c) => c.emails.length > 0)).toBe(true);
  });

  it('keeps ids unique and prefixed with demo:', () => {
    for (const records of [
      ws.users,
      ws.products,
      ws.contacts,
      ws.forms,
      ws.marketing,
      ws.quotes,
      ws.deals,
      ws.outreach,
    ]) {
      const ids = records.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => id.startsWith('demo:'))).toBe(true);
    }
    const numbers = ws.quotes.map((q) => q.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('has a realistic mix of forms, marketing, quotes, deals and flags', () => {
    expect(share(ws.forms.map((f) => f.contactId))).toBeGreaterThan(0.5);
    expect(share(ws.forms.map((f) => f.contactId))).toBeLessThan(0.7);
    expect(share(ws.marketing.map((m) => m.contactId))).toBeGreaterThan(0.7);
    expect(share(ws.marketing.map((m) => m.contactId))).toBeLessThan(0.9);
    const openQuotes = ws.quotes.filter((q) => isQuoteOpen(q, ANCHOR)).flatMap((q) => q.contactIds);
    expect(share(openQuotes)).toBeGreaterThan(0.1);
    expect(share(ws.deals.flatMap((d) => d.contactIds))).toBeGreaterThan(0.18);
    const flagged = ws.policies.filter((p) => p.flags.length > 0).map((p) => p.contactId);
    expect(share(flagged)).toBeGreaterThan(0.05);
    expect(share(flagged)).toBeLessThan(0.12);
  });

  it('has every do-not-contact kind, on the right channel', () => {
    const flags = ws.policies.filter((p) => generatedIds.has(p.contactId)).flatMap((p) => p.flags);
    expect(new Set(flags.map((f) => f.kind))).toEqual(new Set(DoNotContactKind.options));
    const expectedChannel = { do_not_call: 'phone', legal_hold: 'any' } as Record<string, string>;
    for (const flag of flags) expect(flag.channel).toBe(expectedChannel[flag.kind] ?? 'email');
  });

  it('has varied quotes and offers', () => {
    const quotes = ws.quotes.filter((q) => q.contactIds.some((id) => generatedIds.has(id)));
    expect(new Set(quotes.map((q) => q.currency))).toEqual(expect.objectContaining(new Set(['USD', 'EUR', 'GBP'])));
    for (const currency of ['USD', 'EUR', 'GBP']) expect(quotes.some((q) => q.currency === currency)).toBe(true);
    for (const status of ['sent', 'accepted', 'expired']) expect(quotes.some((q) => q.status === status)).toBe(true);
    expect(
      quotes.some(
        (q) =>
          OPEN_QUOTE_STATUSES.includes(q.status) && daysAgo(q.expiresAt ?? '') > -5 && daysAgo(q.expiresAt ?? '') < 0,
      ),
    ).toBe(true);
    expect(Math.max(...quotes.map((q) => q.discountPercent))).toBeLessThanOrEqual(20);
    const offers = ws.marketing.flatMap((m) => (m.offer ? [m.offer] : []));
    for (const percent of [15, 20, 25]) expect(offers.some((o) => o.discountPercent === percent)).toBe(true);
    expect(offers.some((o) => o.freeMonths)).toBe(true);
    expect(offers.some((o) => o.trialDays)).toBe(true);
  });

  it('has recent outreach by several reps, some contacts touched by two or more within a week', () => {
    const recent = ws.outreach.filter((o) => daysAgo(o.at) <= 30 && o.direction === 'outbound');
    expect(new Set(recent.map((o) => o.byUserId)).size).toBeGreaterThanOrEqual(5);
    const byContact = new Map<string, { at: number; by: string }[]>();
    for (const o of recent)
      byContact.set(o.contactId, [...(byContact.get(o.contactId) ?? []), { at: Date.parse(o.at), by: o.byUserId }]);
    const crowded = [...byContact.values()].filter((touches) =>
      touches.some((a) => touches.some((b) => a.by !== b.by && Math.abs(a.at - b.at) <= 7 * DAY_MS)),
    );
    expect(crowded.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps marketing and outreach consistent with each flag', () => {
    for (const policy of ws.policies) {
      for (const flag of policy.flags) {
        const since = Date.parse(flag.since);
        if (flag.kind !== 'do_not_call') {
          const mailedAfter = ws.marketing.filter(
            (m) => m.contactId === policy.contactId && Date.parse(m.sentAt) > since,
          );
          expect(mailedAfter).toEqual([]);
        }
        const blocked = ws.outreach.filter(
          (o) =>
            o.contactId === policy.contactId &&
            o.direction === 'outbound' &&
            Date.parse(o.at) > since &&
            (flag.kind === 'legal_hold' ||
              (o.channel === 'email' && blocksSalesEmail(flag)) ||
              (o.channel === 'call' && flag.kind === 'do_not_call')),
        );
        expect(blocked).toEqual([]);
      }
    }
  });
});

describe('referential integrity', () => {
  it('points every reference at a record that exists', () => {
    const contactIds = new Set(ws.contacts.map((c) => c.id));
    const userIds = new Set(ws.users.map((u) => u.id));
    const productIds = new Set(ws.products.map((p) => p.id));
    const productNames = new Set(ws.products.map((p) => p.name));
    expect(userIds.has(ws.currentUserId)).toBe(true);
    expect(ws.contacts.every((c) => c.ownerId !== undefined && userIds.has(c.ownerId))).toBe(true);
    expect(ws.policies.map((p) => p.contactId).sort()).toEqual([...contactIds].sort());
    for (const ref of [...ws.forms, ...ws.marketing, ...ws.outreach]) expect(contactIds.has(ref.contactId)).toBe(true);
    expect(ws.outreach.every((o) => userIds.has(o.byUserId))).toBe(true);
    for (const record of [...ws.quotes, ...ws.deals]) {
      expect(record.contactIds.length).toBeGreaterThan(0);
      expect(record.contactIds.every((id) => contactIds.has(id))).toBe(true);
      expect(record.ownerId !== undefined && userIds.has(record.ownerId)).toBe(true);
    }
    for (const line of ws.quotes.flatMap((q) => q.lineItems)) {
      expect(productNames.has(line.product)).toBe(true);
      expect(line.productId !== undefined && productIds.has(line.productId)).toBe(true);
    }
    for (const offer of ws.marketing.flatMap((m) => (m.offer ? [m.offer] : []))) {
      expect(offer.products.every((name) => productNames.has(name))).toBe(true);
    }
  });

  it('has the seller team on example.com with the expected roles', () => {
    expect(ws.users.every((u) => u.email.endsWith('@example.com'))).toBe(true);
    expect(ws.users.find((u) => u.id === ALEX)).toMatchObject({
      name: 'Alex Morgan',
      role: 'account_executive',
      title: 'Account Executive',
    });
    const roles = Object.fromEntries(ws.users.map((u) => [u.email, u.role]));
    expect(roles).toMatchObject({
      'riley.chen@example.com': 'sdr',
      'morgan.blake@example.com': 'marketer',
      'jamie.ortiz@example.com': 'sales_manager',
    });
    expect(ws.users.filter((u) => u.role === 'account_executive').length).toBeGreaterThanOrEqual(3);
    const annual = ws.products.find((p) => p.name === 'Fleet Platform — Annual plan');
    expect(annual?.aliases).toEqual(expect.arrayContaining(['annual plan', 'annual plans', 'Fleet annual']));
  });
});
