import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_ANCHOR, demoSnapshot, dropDb, freshDb, PRIYA_EMAIL } from '../../../tests/helpers/demo-db';
import { PRIYA_ID } from '../../connectors/demo/story-contacts';
import { BriefSectionName } from '../../model/brief';
import type { WorkspaceSnapshot } from '../../model/workspace';
import type { PreflightDb } from '../db';
import { findCachedContact } from '../read/find-contact';
import { readWorkspaceMeta } from '../read/workspace-meta';
import { rememberLookupMiss } from './lookup-misses';
import { replaceWorkspace, seedIfEmpty } from './replace-workspace';

const opened: PreflightDb[] = [];
function db(): PreflightDb {
  const created = freshDb();
  opened.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map(dropDb));
});

/** A tiny non-demo workspace: two contacts, one of each record kind. */
function smallSnapshot(): WorkspaceSnapshot {
  const at = '2026-12-01T08:00:00.000Z';
  const user = { id: 'hubspot:user:1', name: 'Kim Park', email: 'kim.park@example.com', role: 'sdr' as const };
  const contact = (n: number) => ({
    id: `hubspot:contact:${n}`,
    source: 'hubspot' as const,
    crmIds: { hubspot: { portalId: '1', id: String(n) } },
    emails: [`person${n}@acme.example`],
    name: `Person ${n}`,
    company: { name: 'Acme', domain: 'acme.example' },
    ownerId: user.id,
    updatedAt: at,
  });
  return {
    source: 'hubspot',
    label: 'Acme HubSpot',
    generatedAt: at,
    currentUserId: user.id,
    users: [user],
    products: [{ id: 'hubspot:product:1', name: 'Widget', aliases: [] }],
    contacts: [contact(1), contact(2)],
    policies: [{ contactId: 'hubspot:contact:1', flags: [] }],
    forms: [
      { id: 'hubspot:form:1', contactId: 'hubspot:contact:1', formName: 'Contact us', submittedAt: at, fields: [] },
    ],
    marketing: [],
    quotes: [],
    deals: [],
    outreach: [
      {
        id: 'hubspot:outreach:1',
        contactId: 'hubspot:contact:2',
        channel: 'call',
        direction: 'outbound',
        at,
        byUserId: user.id,
      },
    ],
  };
}

async function counts(target: PreflightDb) {
  return {
    users: await target.users.count(),
    products: await target.products.count(),
    contacts: await target.contacts.count(),
    policies: await target.policies.count(),
    forms: await target.forms.count(),
    marketing: await target.marketing.count(),
    quotes: await target.quotes.count(),
    deals: await target.deals.count(),
    outreach: await target.outreach.count(),
  };
}

const snapshotCounts = (s: WorkspaceSnapshot) => ({
  users: s.users.length,
  products: s.products.length,
  contacts: s.contacts.length,
  policies: s.policies.length,
  forms: s.forms.length,
  marketing: s.marketing.length,
  quotes: s.quotes.length,
  deals: s.deals.length,
  outreach: s.outreach.length,
});

describe('seedIfEmpty', () => {
  it('seeds an empty cache with the demo workspace and says so', async () => {
    const target = db();
    const { seeded, meta } = await seedIfEmpty(target, () => demoSnapshot());
    expect(seeded).toBe(true);
    expect(meta).toMatchObject({ source: 'demo', isDemo: true, seededAt: DEMO_ANCHOR.toISOString() });
    expect(meta.contactCount).toBeGreaterThanOrEqual(306);
    expect(await target.contacts.count()).toBe(meta.contactCount);
    expect(await readWorkspaceMeta(target)).toEqual(meta);
  });

  it('does not seed twice, nor build the snapshot again', async () => {
    const target = db();
    const make = vi.fn(() => demoSnapshot());
    await seedIfEmpty(target, make);
    await target.contacts.delete(PRIYA_ID);
    const second = await seedIfEmpty(target, make);
    expect(second.seeded).toBe(false);
    expect(make).toHaveBeenCalledTimes(1);
    // Seeding again would have brought Priya back: the existing workspace was left alone.
    expect(await target.contacts.get(PRIYA_ID)).toBeUndefined();
  });

  it('seeds exactly once when two wake-ups race (Promise.all)', async () => {
    const target = db();
    const make = vi.fn(() => demoSnapshot());
    const [first, second] = await Promise.all([seedIfEmpty(target, make), seedIfEmpty(target, make)]);
    expect([first.seeded, second.seeded]).toEqual([true, false]);
    expect(second.meta).toEqual(first.meta);
    expect(make).toHaveBeenCalledTimes(1);
    expect(await target.contacts.count()).toBe(first.meta.contactCount);
  });

  it('seeds exactly once among many concurrent callers', async () => {
    const target = db();
    const make = vi.fn(() => demoSnapshot());
    const results = await Promise.all(Array.from({ length: 5 }, () => seedIfEmpty(target, make)));
    expect(results.filter((r) => r.seeded)).toHaveLength(1);
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe('replaceWorkspace', () => {
  it('replaces everything: old contacts, misses and freshness are gone, counts equal the snapshot', async () => {
    const target = db();
    await seedIfEmpty(target, () => demoSnapshot());
    await rememberLookupMiss(target, 'email:sam.patel@example.org', DEMO_ANCHOR.toISOString());
    const small = smallSnapshot();

    const meta = await replaceWorkspace(target, small);

    expect(meta).toEqual({
      source: 'hubspot',
      label: 'Acme HubSpot',
      isDemo: false,
      seededAt: small.generatedAt,
      currentUserId: small.currentUserId,
      contactCount: 2,
    });
    expect(await counts(target)).toEqual(snapshotCounts(small));
    expect(await target.contacts.get(PRIYA_ID)).toBeUndefined();
    expect(await findCachedContact(target, { email: PRIYA_EMAIL, role: 'sender' })).toBeUndefined();
    expect(await target.lookupMisses.count()).toBe(0);
    expect(await target.freshness.count()).toBe(2 * BriefSectionName.options.length);
    expect(await target.freshness.where('contactId').equals(PRIYA_ID).count()).toBe(0);
    expect(await readWorkspaceMeta(target)).toEqual(meta);
  });

  it('restores the demo exactly: counts equal the generated snapshot', async () => {
    const target = db();
    await replaceWorkspace(target, smallSnapshot());
    const demo = demoSnapshot();
    const meta = await replaceWorkspace(target, demo);
    expect(meta.isDemo).toBe(true);
    expect(await counts(target)).toEqual(snapshotCounts(demo));
    expect(await target.freshness.count()).toBe(demo.contacts.length * BriefSectionName.options.length);
  });

  it('is all-or-nothing: a snapshot that fails to write leaves the old workspace intact', async () => {
    const target = db();
    await seedIfEmpty(target, () => demoSnapshot());
    const before = await counts(target);
    const metaBefore = await readWorkspaceMeta(target);
    const broken = smallSnapshot();
    // users.email is a unique index: two users with one address abort the transaction part-way.
    broken.users.push({ ...broken.users[0]!, id: 'hubspot:user:2' });

    await expect(replaceWorkspace(target, broken)).rejects.toThrow();

    expect(await counts(target)).toEqual(before);
    expect(await readWorkspaceMeta(target)).toEqual(metaBefore);
    expect((await findCachedContact(target, { email: PRIYA_EMAIL, role: 'sender' }))?.contact.id).toBe(PRIYA_ID);
  });

  it('never shows a concurrent reader a mix of the old and the new workspace', async () => {
    const target = db();
    await seedIfEmpty(target, () => demoSnapshot());
    const readConsistent = () =>
      target.transaction('r', [target.contacts, target.meta], async () => ({
        contacts: await target.contacts.count(),
        meta: (await target.meta.get('workspace'))?.value.contactCount,
      }));

    const replacing = replaceWorkspace(target, smallSnapshot());
    const views = await Promise.all([readConsistent(), readConsistent(), replacing.then(readConsistent)]);

    for (const view of views) expect(view.contacts).toBe(view.meta);
    expect(views[2]).toEqual({ contacts: 2, meta: 2 });
  });
});
