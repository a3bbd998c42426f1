// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Brief } from '../../lib/model/brief';
import { BriefView } from './BriefView';

/**
 * CRM fields are written by customers (forms) and colleagues (names, subjects): all of it must reach the
 * sidebar as text. A brief whose every string is an HTML payload must render those strings literally and
 * create no element or attribute from them.
 */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><script>alert(1)</script>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">click</a>',
] as const;
const NOW = new Date('2026-11-23T10:00:00.000Z');
const at = (daysFromNow: number) => new Date(NOW.getTime() + daysFromNow * 86_400_000).toISOString();

/** Puts payload `i` (cycling) into a string, tagged so each field's text can be found again. */
const p = (i: number, tag: string) => `${tag} ${PAYLOADS[i % PAYLOADS.length]}`;

function hostileBrief(urls: { quote: string; form: string; click: string }): Brief {
  const contactId = 'demo:contact:x';
  const me = { id: 'demo:user:me', name: p(0, 'user-name'), email: 'me@example.com', role: 'sdr' as const };
  const colleague = {
    id: 'demo:user:other',
    name: p(1, 'colleague-name'),
    email: 'other@example.com',
    role: 'account_executive' as const,
    title: p(2, 'colleague-title'),
  };
  return {
    contact: {
      id: contactId,
      source: 'demo',
      crmIds: {},
      emails: ['victim@customer.example'],
      linkedinUrl: 'https://www.linkedin.com/in/victim/',
      name: p(0, 'contact-name'),
      title: p(1, 'contact-title'),
      company: { name: p(2, 'company-name'), domain: 'customer.example' },
      ownerId: me.id,
      updatedAt: at(-1),
    },
    owner: me,
    policy: {
      contactId,
      flags: [
        { kind: 'email_opt_out', channel: 'email', source: p(3, 'dnc-source'), since: at(-3), note: p(4, 'dnc-note') },
        { kind: 'marketing_unsubscribed', channel: 'any', source: p(0, 'dnc-source-2'), since: at(-2) },
      ],
    },
    forms: [
      {
        id: 'demo:form:x',
        contactId,
        formName: p(1, 'form-name'),
        pageUrl: urls.form,
        pageTitle: p(2, 'page-title'),
        submittedAt: at(-5),
        fields: [
          { label: p(3, 'field-label'), value: p(4, 'field-value') },
          { label: p(0, 'long-label'), value: `${p(1, 'long-value')} ${'x'.repeat(200)}` },
        ],
      },
    ],
    marketing: [
      {
        id: 'demo:mkt:x',
        contactId,
        campaign: { id: 'demo:campaign:x', name: p(2, 'campaign-name') },
        subject: p(3, 'mail-subject'),
        sentAt: at(-4),
        events: [
          { type: 'delivered', at: at(-4) },
          { type: 'click', at: at(-3.9), url: urls.click },
        ],
        offer: { summary: p(4, 'offer-summary'), discountPercent: 25, products: [p(0, 'offer-product')] },
      },
    ],
    quotes: [
      {
        id: 'demo:quote:x',
        number: p(1, 'quote-number'),
        title: p(2, 'quote-title'),
        status: 'sent',
        amount: 100,
        currency: 'USD',
        discountPercent: 10,
        lineItems: [{ product: p(3, 'product-name'), quantity: 1, unitPrice: 100, discountPercent: 10 }],
        expiresAt: at(9),
        ownerId: colleague.id,
        url: urls.quote,
        contactIds: [contactId],
      },
    ],
    deals: [
      {
        id: 'demo:deal:x',
        name: p(4, 'deal-name'),
        stage: p(0, 'deal-stage'),
        isClosed: false,
        amount: 100,
        currency: 'USD',
        ownerId: colleague.id,
        contactIds: [contactId],
      },
    ],
    outreach: [
      {
        id: 'demo:outreach:x',
        contactId,
        channel: 'email',
        direction: 'outbound',
        at: at(-1),
        byUserId: colleague.id,
        subject: p(1, 'outreach-subject'),
      },
    ],
    people: { [me.id]: me, [colleague.id]: colleague },
    freshness: {
      quotes: { fetchedAt: at(0), partial: true, partialReason: p(2, 'partial-reason') },
      forms: { fetchedAt: at(0), partial: false },
    },
  };
}

/** Every string the brief shows as text (not ids, dates, urls, or fields the view does not render). */
const SHOWN_TEXT = [
  p(0, 'contact-name'),
  p(1, 'contact-title'),
  p(2, 'company-name'),
  p(0, 'user-name'),
  p(3, 'dnc-source'),
  p(4, 'dnc-note'),
  p(1, 'form-name'),
  p(2, 'page-title'),
  p(3, 'field-label'),
  p(4, 'field-value'),
  p(0, 'long-label'),
  p(1, 'long-value'),
  p(2, 'campaign-name'),
  p(3, 'mail-subject'),
  p(4, 'offer-summary'),
  p(1, 'quote-number'),
  p(2, 'quote-title'),
  p(3, 'product-name'),
  p(4, 'deal-name'),
  p(0, 'deal-stage'),
  p(1, 'colleague-name'),
  p(1, 'outreach-subject'),
  p(2, 'partial-reason'),
];

const DANGEROUS_ELEMENTS = 'img, svg, script, iframe, object, embed, link, style, form, input, base, meta';

function assertInert(container: HTMLElement) {
  expect(container.querySelectorAll(DANGEROUS_ELEMENTS)).toHaveLength(0);
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${element.tagName} has ${attribute}`).toBe(false);
    }
  }
  for (const anchor of container.querySelectorAll('a')) {
    expect(anchor.getAttribute('href') ?? '').toMatch(/^https?:\/\//);
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('BriefView renders hostile CRM data as text', () => {
  const webUrls = {
    quote: 'https://crm.example/quotes/1?q="><script>alert(1)</script>',
    form: 'https://www.example.com/demo?x=<img src=x onerror=alert(1)>',
    click: 'https://www.example.com/pricing?<svg onload=alert(1)>',
  };

  it('a brief of payloads passes the Brief schema (the schema does not sanitise text)', () => {
    expect(() => Brief.parse(hostileBrief(webUrls))).not.toThrow();
  });

  it('shows every payload literally and creates no element, handler or non-web link from them', () => {
    const brief = Brief.parse(hostileBrief(webUrls));
    const { container } = render(<BriefView brief={brief} matchedBy="email" currentUserId="demo:user:me" />);
    const text = container.textContent ?? '';
    for (const shown of SHOWN_TEXT) expect(text, shown).toContain(shown);
    assertInert(container);
    // The https links survive, with their payload-bearing URLs kept inside the attribute.
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining([webUrls.quote, webUrls.form]));
    for (const anchor of container.querySelectorAll('a')) {
      expect(anchor.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['upper-case JavaScript: with whitespace', ' JavaScript:alert(document.cookie)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
  ])('the schema rejects %s URLs, and the view still renders them as text if one slips through', (_label, url) => {
    const raw = hostileBrief({ quote: url, form: url, click: url });
    const parsed = Brief.safeParse(raw);
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['quotes.0.url', 'forms.0.pageUrl', 'marketing.0.events.1.url']));

    // Defence in depth: render the unvalidated brief anyway (a bug upstream, a stale cache row).
    const { container } = render(<BriefView brief={raw} matchedBy="email" currentUserId={undefined} />);
    assertInert(container);
    expect(container.querySelectorAll('a')).toHaveLength(0);
    const text = container.textContent ?? '';
    expect(text).toContain(p(1, 'quote-number'));
    expect(text).toContain(p(1, 'form-name'));
  });
});
