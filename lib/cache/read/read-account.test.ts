import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ANCHOR, dropDb, seededDemoDb } from '../../../tests/helpers/demo-db';
import type { PreflightDb } from '../db';
import { readAccount } from './read-account';

let db: PreflightDb;
beforeAll(async () => {
  db = await seededDemoDb();
});
afterAll(async () => {
  await dropDb(db);
});

describe('readAccount', () => {
  it('a company record: its people with flags, the open quote and the deals, by the name the page shows', async () => {
    const account = await readAccount(db, 'company', '  northwind TRADERS ', DEMO_ANCHOR);
    if (account.status !== 'found') throw new Error('expected Northwind');
    expect(account).toMatchObject({
      name: 'Northwind Traders',
      domain: 'northwind-traders.com',
      matchedBy: 'company_name',
    });
    expect(account.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Priya Raman', 'Jordan Lee']));
    expect(account.openQuotes.map((q) => q.number)).toContain('Q-1042');
    expect(account.deals.map((d) => d.name)).toContain('Northwind Traders — Fleet rollout');
    for (const q of account.openQuotes) if (q.ownerId) expect(account.owners[q.ownerId]).toBeDefined();
  });

  it('flagged people come first (Contoso: Dana opted out)', async () => {
    const account = await readAccount(db, 'company', 'Contoso', DEMO_ANCHOR);
    if (account.status !== 'found') throw new Error('expected Contoso');
    expect(account.people[0]).toMatchObject({ name: 'Dana Whitfield' });
    expect(account.people[0]?.flags.length).toBeGreaterThan(0);
  });

  it('a deal record: found by its name, with its company’s people', async () => {
    const account = await readAccount(db, 'deal', 'Northwind Traders — Fleet rollout', DEMO_ANCHOR);
    expect(account).toMatchObject({ status: 'found', matchedBy: 'deal_name', domain: 'northwind-traders.com' });
  });

  it('says "not found" (never an empty account) for an unknown name or none at all', async () => {
    expect(await readAccount(db, 'company', 'Initech', DEMO_ANCHOR)).toMatchObject({
      status: 'not_found',
      name: 'Initech',
    });
    expect(await readAccount(db, 'company', undefined, DEMO_ANCHOR)).toMatchObject({ status: 'not_found' });
  });
});
