import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PreflightDb } from '../../lib/cache/db';
import { buildCampaignIndex } from '../../lib/cache/read/campaign-index';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { DEMO_ANCHOR, dropDb, PRIYA_EMAIL, seededDemoDb } from '../../tests/helpers/demo-db';
import { checkCampaignChunk } from './campaign-check';
import { createCampaignIndexHolder } from './campaign-index-holder';

let db: PreflightDb;
beforeEach(async () => {
  db = await seededDemoDb();
});
afterEach(() => dropDb(db));

const CLEAN = 'a.clean.contact@example.org';

async function addClean(): Promise<string> {
  const id = 'test:contact:clean';
  await db.contacts.put({
    id,
    source: 'demo',
    crmIds: {},
    name: 'Casey Clean',
    emails: [CLEAN],
    updatedAt: DEMO_ANCHOR.toISOString(),
  });
  return id;
}

describe('campaign index holder', () => {
  it('builds once and answers again from memory while nothing changes', async () => {
    const holder = createCampaignIndexHolder(db);
    const first = await holder.current();
    expect(first?.lookup([PRIYA_EMAIL]).get(PRIYA_EMAIL)?.contact.name).toBe('Priya Raman');
    expect(await holder.current()).toBe(first);
    // Writes to tables the index does not cover (remembered lookup misses) keep it.
    await db.lookupMisses.put({ key: 'email:x@example.org', checkedAt: DEMO_ANCHOR.toISOString() });
    expect(await holder.current()).toBe(first);
  });

  it('a do-not-contact flag synced after the index was built holds the recipient back on the next check', async () => {
    const holder = createCampaignIndexHolder(db);
    const contactId = await addClean();
    const deps = { db, settings: DEFAULT_SETTINGS, now: DEMO_ANCHOR, index: () => holder.current() };
    expect((await checkCampaignChunk([CLEAN], undefined, deps)).verdicts[0]?.status).toBe('clean');

    await db.policies.put({
      contactId,
      flags: [{ kind: 'email_opt_out', channel: 'email', source: 'HubSpot', since: DEMO_ANCHOR.toISOString() }],
    });
    const after = (await checkCampaignChunk([CLEAN], undefined, deps)).verdicts[0];
    expect(after?.status).toBe('hold');
    expect(after?.reasons.map((r) => r.id)).toEqual(['do-not-contact']);
  });

  it('a contact added after the index was built is found, not "not in CRM"', async () => {
    const holder = createCampaignIndexHolder(db);
    expect((await holder.current())?.lookup([CLEAN]).size).toBe(0);
    await addClean();
    expect((await holder.current())?.lookup([CLEAN]).get(CLEAN)?.contact.name).toBe('Casey Clean');
  });

  it('rows written past Dexie (no change event) are noticed by their count, and the index is rebuilt', async () => {
    const holder = createCampaignIndexHolder(db);
    const before = await holder.current();
    await new Promise<void>((resolve, reject) => {
      const tx = db.backendDB().transaction('contacts', 'readwrite');
      tx.objectStore('contacts').put({
        id: 'raw:1',
        source: 'demo',
        crmIds: {},
        name: 'Rae Raw',
        emails: ['rae.raw@example.org'],
        updatedAt: DEMO_ANCHOR.toISOString(),
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const after = await holder.current();
    expect(after).not.toBe(before);
    expect(after?.lookup(['rae.raw@example.org']).get('rae.raw@example.org')?.contact.name).toBe('Rae Raw');
  });

  it('a cache larger than the limit is not held in memory; the check reads it by key with the same answer', async () => {
    expect(await buildCampaignIndex(db, 10)).toBeUndefined();
    const deps = { db, settings: DEFAULT_SETTINGS, now: DEMO_ANCHOR };
    const byKey = await checkCampaignChunk([PRIYA_EMAIL, CLEAN], undefined, deps);
    const tooBig = await checkCampaignChunk([PRIYA_EMAIL, CLEAN], undefined, {
      ...deps,
      index: () => buildCampaignIndex(db, 10),
    });
    expect(tooBig).toEqual(byKey);
    expect(byKey.verdicts.map((v) => v.status)).toEqual(['hold', 'not_in_crm']);
  });

  it('an index that fails to build falls back to keyed reads', async () => {
    const result = await checkCampaignChunk([PRIYA_EMAIL], undefined, {
      db,
      settings: DEFAULT_SETTINGS,
      now: DEMO_ANCHOR,
      index: () => Promise.reject(new Error('quota')),
    });
    expect(result.verdicts[0]?.status).toBe('hold');
  });
});
