import { afterEach, describe, expect, it } from 'vitest';
import type { PreflightDb } from '../../lib/cache/db';
import { campaignColdRig } from '../../tests/helpers/campaign-cold-rig';
import { DEMO_ANCHOR, dropDb, PRIYA_EMAIL } from '../../tests/helpers/demo-db';
import { syntheticEmail } from '../../tests/helpers/hubspot-fake-core';
import { CAMPAIGN_FETCH_COVERAGE, COLD_READ_NOTE } from './campaign-check';

const dbs: PreflightDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map(dropDb));
});

function rig(options: Parameters<typeof campaignColdRig>[1] = {}) {
  const made = campaignColdRig(DEMO_ANCHOR, options);
  dbs.push(made.db);
  return made;
}

describe('campaign check, cold, across a service worker restart', () => {
  it('a run stopped after two chunks resumes on a new worker and reads only the addresses not yet read', async () => {
    const { checkList, contactInputs, restart, db } = rig({ syntheticContacts: 1000 });
    const list = [...Array.from({ length: 990 }, (_, i) => syntheticEmail(i + 1)), ...nobodies(10)];
    const first = await checkList(list, 250, 2);
    expect(first).toHaveLength(500);
    expect(contactInputs()).toEqual(list.slice(0, 500));
    expect(await db.campaignFetched.count()).toBe(500);

    // The worker stops. A new one (new client, limiter, connector; same Dexie, same portal) runs the whole list
    // again from the start, the worst case of a page resuming from its last answered chunk.
    restart();
    const before = contactInputs().length;
    const resumed = await checkList(list, 250);
    expect(resumed).toHaveLength(1000);
    expect(contactInputs().slice(before)).toEqual(list.slice(500));
    // The first two chunks come from the checkpoint, verdict for verdict.
    expect(resumed.slice(0, 500)).toEqual(first);
    // Every 20th synthetic contact opted out: 49 of the first 990; the 10 unknown addresses are not in the CRM.
    expect(resumed.filter((v) => v.status === 'hold')).toHaveLength(49);
    expect(resumed.filter((v) => v.status === 'not_in_crm').map((v) => v.email)).toEqual(nobodies(10));
    expect(await db.campaignFetched.count()).toBe(1000);
  });

  it('a third run the same day asks HubSpot nothing', async () => {
    const { checkList, core, restart } = rig({ syntheticContacts: 300 });
    const list = Array.from({ length: 300 }, (_, i) => syntheticEmail(i + 1));
    await checkList(list, 100);
    const calls = core.log.length;
    restart();
    await checkList(list, 100);
    expect(core.log.length).toBe(calls);
  });

  it('a checkpoint row written before quotes were read in bulk is read again, not trusted', async () => {
    const { checkChunk, contactInputs, db } = rig({ syntheticContacts: 5 });
    // An older row: "not in CRM", from a read that did not cover quotes.
    await db.campaignFetched.put({ email: syntheticEmail(2), fetchedAt: DEMO_ANCHOR.toISOString(), found: false });
    const { verdicts } = await checkChunk([syntheticEmail(2)]);
    expect(contactInputs()).toEqual([syntheticEmail(2)]);
    expect(verdicts[0]?.status).toBe('clean');
    expect((await db.campaignFetched.get(syntheticEmail(2)))?.coverage).toBe(CAMPAIGN_FETCH_COVERAGE);
  });
});

describe('campaign check, cold: what a bulk read covers', () => {
  it('holds back a never-opened contact for an open quote with its terms, and says emails were not checked', async () => {
    const { checkChunk } = rig();
    const { verdicts } = await checkChunk([PRIYA_EMAIL]);
    const [priya] = verdicts;
    expect(priya?.status).toBe('hold');
    const quote = priya?.reasons.find((r) => r.id === 'open-quote');
    expect(quote?.detail).toMatch(/^Q-1042 · .*19,440.* · 10% discount · expires in 9 days/);
    expect(priya?.note).toBe(COLD_READ_NOTE);
    expect(priya?.notChecked).toEqual(['rep-emails', 'marketing-emails']);
  });

  it("runs the offer-conflict rule against the cold-read quote's terms", async () => {
    const { checkChunk } = rig();
    const { verdicts } = await checkChunk([PRIYA_EMAIL], 'Black Friday: 30% off every plan this week');
    const conflict = verdicts[0]?.reasons.find((r) => r.id === 'quote-offer-conflict');
    expect(conflict?.detail).toMatch(/Q-1042/);
  });

  it('a clean cold-read contact still says its recent emails were not checked', async () => {
    const { checkChunk } = rig({ syntheticContacts: 5 });
    const { verdicts } = await checkChunk([syntheticEmail(1)]);
    expect(verdicts[0]).toMatchObject({ status: 'clean', note: COLD_READ_NOTE });
  });
});

function nobodies(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `nobody${i}@nowhere-example.org`);
}
