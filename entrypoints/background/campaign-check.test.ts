import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PreflightDb } from '../../lib/cache/db';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import {
  DANA_EMAIL,
  DEMO_ANCHOR,
  dropDb,
  JONES_EMAIL,
  JORDAN_EMAIL,
  PRIYA_EMAIL,
  seededDemoDb,
} from '../../tests/helpers/demo-db';
import { buildCampaignIndex } from '../../lib/cache/read/campaign-index';
import { checkCampaignChunk } from './campaign-check';

let db: PreflightDb;
beforeEach(async () => {
  db = await seededDemoDb();
});
afterEach(() => dropDb(db));

/** Both ways a chunk is answered: by keyed IndexedDB reads, and from the whole cache held in memory. */
const PATHS = [
  ['read by key', false],
  ['in-memory index', true],
] as const;
let indexed = false;
const check = (emails: string[], offer?: string) =>
  checkCampaignChunk(emails, offer, {
    db,
    settings: DEFAULT_SETTINGS,
    now: DEMO_ANCHOR,
    ...(indexed ? { index: () => buildCampaignIndex(db) } : {}),
  });
const ids = (v: { reasons: { id: string }[] } | undefined) => [...new Set(v?.reasons.map((r) => r.id))].sort();

describe.each(PATHS)('campaign check (demo workspace in the cache), %s', (_path, fromIndex) => {
  beforeEach(() => {
    indexed = fromIndex;
  });

  it('holds back Priya for her open quote and active deal, with terms and owner', async () => {
    const { verdicts, owners } = await check([PRIYA_EMAIL]);
    const priya = verdicts[0];
    expect(priya?.status).toBe('hold');
    expect(ids(priya)).toEqual(expect.arrayContaining(['active-deal', 'open-quote']));
    const quote = priya?.reasons.find((r) => r.id === 'open-quote');
    expect(quote?.detail).toMatch(/Q-1042 · .*10% discount · expires in 9 days/);
    expect(owners.map((o) => o.name)).toContain('Alex Morgan');
    expect(priya?.ownerId).toBe(owners.find((o) => o.name === 'Alex Morgan')?.id);
  });

  it('a campaign is marketing: unsubscribed-from-marketing only is do-not-contact here', async () => {
    const { verdicts } = await check([JONES_EMAIL]);
    expect(verdicts[0]?.status).toBe('hold');
    expect(verdicts[0]?.reasons.filter((r) => r.id === 'do-not-contact').map((r) => r.detail)).toEqual([
      expect.stringContaining('unsubscribed from marketing'),
    ]);
  });

  it('Dana’s email opt-out holds her back; do-not-call alone would not concern email', async () => {
    const { verdicts } = await check([DANA_EMAIL]);
    const details = verdicts[0]?.reasons.filter((r) => r.id === 'do-not-contact').map((r) => r.detail) ?? [];
    expect(details.some((d) => d.includes('opted out of email'))).toBe(true);
    expect(details.some((d) => d.includes('do not call'))).toBe(false);
  });

  it('Jordan was emailed by Riley Chen yesterday: duplicate outreach names the colleague', async () => {
    const { verdicts } = await check([JORDAN_EMAIL]);
    const touch = verdicts[0]?.reasons.find((r) => r.id === 'duplicate-outreach');
    expect(touch?.detail).toMatch(/^Riley Chen \(email\) yesterday/);
  });

  it('a campaign offer is compared with open quotes and recent campaigns as the guard compares a draft', async () => {
    const without = await check([PRIYA_EMAIL]);
    expect(ids(without.verdicts[0])).not.toContain('quote-offer-conflict');
    const { verdicts } = await check([PRIYA_EMAIL], '20% off annual plans for the whole fleet');
    expect(ids(verdicts[0])).toEqual(expect.arrayContaining(['quote-offer-conflict', 'campaign-offer-conflict']));
    // The quote's own terms raise no offer conflict.
    const same = await check([PRIYA_EMAIL], '10% off annual plans');
    expect(ids(same.verdicts[0])).not.toContain('quote-offer-conflict');
  });

  it('an address the CRM does not know is not held back: "not in CRM", in input order', async () => {
    const { verdicts } = await check(['new.person@unknown-example.org', PRIYA_EMAIL]);
    expect(verdicts.map((v) => [v.email, v.status])).toEqual([
      ['new.person@unknown-example.org', 'not_in_crm'],
      [PRIYA_EMAIL, 'hold'],
    ]);
  });

  it('a contact with nothing going on is clean', async () => {
    const all = await db.contacts.toArray();
    const emails = all.flatMap((c) => c.emails.slice(0, 1));
    const { verdicts } = await check(emails.slice(0, 1000));
    const clean = verdicts.filter((v) => v.status === 'clean');
    expect(clean.length).toBeGreaterThan(0);
    expect(clean.every((v) => v.reasons.length === 0)).toBe(true);
    expect(verdicts.filter((v) => v.status === 'hold').length).toBeGreaterThan(0);
    expect(verdicts).toHaveLength(emails.length);
  });
});
