import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DANA_EMAIL,
  DEMO_ANCHOR,
  dropDb,
  freshDb,
  JORDAN_EMAIL,
  PRIYA_EMAIL,
  readDemoBrief,
  seededDemoDb,
} from '../../../tests/helpers/demo-db';
import { ALEX_ID, RILEY_ID } from '../../connectors/demo/people';
import { JORDAN_ID, PRIYA_ID, Q1042_ID } from '../../connectors/demo/story-contacts';
import { Brief, BriefSectionName } from '../../model/brief';
import type { Contact } from '../../model/contact';
import type { PreflightDb } from '../db';
import { readBrief } from './read-brief';

const NORTHWIND_DEAL_ID = 'demo:deal:northwind-fleet-rollout';
const DAY_MS = 86_400_000;

let db: PreflightDb;
let priya: Brief;
let jordan: Brief;

beforeAll(async () => {
  db = await seededDemoDb(DEMO_ANCHOR);
  priya = await readDemoBrief(db, PRIYA_EMAIL);
  jordan = await readDemoBrief(db, JORDAN_EMAIL);
});
afterAll(async () => {
  await dropDb(db);
});

const isDescending = (values: string[]) => values.every((v, i) => i === 0 || values[i - 1]!.localeCompare(v) >= 0);

describe("readBrief: Priya Raman's brief (the demo's main story)", () => {
  it('is a valid Brief for the right contact, owned by Alex', () => {
    expect(() => Brief.parse(priya)).not.toThrow();
    expect(priya.contact.id).toBe(PRIYA_ID);
    expect(priya.contact.name).toBe('Priya Raman');
    expect(priya.owner?.id).toBe(ALEX_ID);
    expect(priya.owner?.name).toBe('Alex Morgan');
    expect(priya.policy).toEqual({ contactId: PRIYA_ID, flags: [] });
  });

  it('has quote Q-1042: 10% discount on 40 seats, open, expiring 9 days after the anchor', () => {
    const quote = priya.quotes.find((q) => q.number === 'Q-1042');
    expect(quote).toBeDefined();
    expect(quote?.id).toBe(Q1042_ID);
    expect(quote?.discountPercent).toBe(10);
    expect(quote?.status).toBe('sent');
    expect(quote?.lineItems).toHaveLength(1);
    expect(quote?.lineItems[0]).toMatchObject({ quantity: 40, discountPercent: 10 });
    expect(quote?.amount).toBe(40 * quote!.lineItems[0]!.unitPrice * 0.9);
    expect(Date.parse(quote!.expiresAt!) - DEMO_ANCHOR.getTime()).toBe(9 * DAY_MS);
    expect(priya.people[quote!.ownerId!]?.name).toBe('Alex Morgan');
  });

  it('has the Northwind deal at Proposal, owned by Alex', () => {
    const deal = priya.deals.find((d) => d.id === NORTHWIND_DEAL_ID);
    expect(deal).toMatchObject({ stage: 'Proposal', isClosed: false, ownerId: ALEX_ID });
    expect(priya.people[ALEX_ID]?.name).toBe('Alex Morgan');
  });

  it('has the demo-request form with the answers as she wrote them, newest first', () => {
    const form = priya.forms.find((f) => f.formName === 'Request a demo');
    expect(form?.contactId).toBe(PRIYA_ID);
    expect(form?.fields).toContainEqual({ label: 'Fleet size', value: '40 vehicles' });
    expect(form?.fields.find((f) => f.label === 'Budget')?.value).toBe('Budget approved for Q3');
    expect(isDescending(priya.forms.map((f) => f.submittedAt))).toBe(true);
  });

  it('has the 25% annual-plan campaign she opened and clicked, newest first', () => {
    const promo = priya.marketing.find((m) => m.offer?.discountPercent === 25);
    expect(promo?.offer?.summary).toBe('25% off annual plans');
    expect(promo?.campaign.name).toBe('Autumn annual-plan promotion');
    expect(promo?.events.map((e) => e.type)).toEqual(expect.arrayContaining(['delivered', 'open', 'click']));
    expect(priya.marketing.every((m) => m.contactId === PRIYA_ID)).toBe(true);
    expect(isDescending(priya.marketing.map((m) => m.sentAt))).toBe(true);
  });

  it('has her 1:1 outreach, newest first, with every sender resolved', () => {
    expect(priya.outreach.length).toBeGreaterThanOrEqual(4);
    expect(priya.outreach.every((o) => o.contactId === PRIYA_ID)).toBe(true);
    expect(priya.outreach.map((o) => o.subject)).toContain('Quote Q-1042 for the annual plan');
    expect(isDescending(priya.outreach.map((o) => o.at))).toBe(true);
    for (const touch of priya.outreach) expect(priya.people[touch.byUserId]).toBeDefined();
    expect(priya.people[RILEY_ID]?.name).toBe('Riley Chen');
  });

  it('says how fresh every section is', () => {
    for (const section of BriefSectionName.options) {
      expect(priya.freshness[section], section).toEqual({ fetchedAt: DEMO_ANCHOR.toISOString(), partial: false });
    }
  });
});

describe('readBrief: company-level quotes and deals', () => {
  it("includes Northwind's quote in Jordan's brief through the company domain", () => {
    expect(jordan.contact.id).toBe(JORDAN_ID);
    const quote = jordan.quotes.find((q) => q.id === Q1042_ID);
    expect(quote?.contactIds).not.toContain(JORDAN_ID);
    expect(quote?.companyDomain).toBe('northwind-traders.com');
    expect(jordan.people[ALEX_ID]?.name).toBe('Alex Morgan');
  });

  it('lists a deal found both through the contact and the domain once', () => {
    for (const brief of [priya, jordan]) {
      expect(brief.deals.filter((d) => d.id === NORTHWIND_DEAL_ID)).toHaveLength(1);
      const ids = [...brief.quotes, ...brief.deals].map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("does not leak another company's records", async () => {
    const dana = await readDemoBrief(db, DANA_EMAIL);
    expect(dana.quotes.some((q) => q.companyDomain === 'northwind-traders.com')).toBe(false);
    expect(dana.deals.some((d) => d.id === NORTHWIND_DEAL_ID)).toBe(false);
    expect(dana.policy.flags.map((f) => f.kind)).toEqual(['email_opt_out']);
  });
});

describe('readBrief: a contact the cache knows little about', () => {
  it('gives an empty policy, no owner and no freshness instead of failing', async () => {
    const empty = freshDb();
    try {
      const contact: Contact = {
        id: 'demo:contact:lonely',
        source: 'demo',
        crmIds: {},
        emails: ['lonely@nowhere.example'],
        name: 'Lonely Contact',
        ownerId: 'demo:user:nobody',
        updatedAt: DEMO_ANCHOR.toISOString(),
      };
      await empty.contacts.put(contact);
      const brief = await readBrief(empty, contact);
      expect(brief).toEqual({
        contact,
        policy: { contactId: contact.id, flags: [] },
        forms: [],
        marketing: [],
        quotes: [],
        deals: [],
        outreach: [],
        people: {},
        freshness: {},
      });
      expect(() => Brief.parse(brief)).not.toThrow();
    } finally {
      await dropDb(empty);
    }
  });
});
