import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PreflightDb } from '../../lib/cache/db';
import type { Connector } from '../../lib/connectors/connector';
import type { ContactMatchCandidate } from '../../lib/connectors/types';
import { HubSpotLookupError } from '../../lib/connectors/hubspot/hubspot-connector';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { Contact } from '../../lib/model/contact';
import { DEMO_ANCHOR, dropDb, freshDb } from '../../tests/helpers/demo-db';
import { replaceContactRecords } from '../../lib/cache/write/merge-records';
import { lookupBrief } from './lookup-brief';

const dbs: PreflightDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map(dropDb));
});

let counter = 0;
/** A HubSpot contact with a unique id per test (the refresh memory is per worker, keyed by contact). */
function contact(): Contact {
  counter += 1;
  const id = String(5000 + counter);
  return {
    id: `hubspot:4455667:contact:${id}`,
    source: 'hubspot',
    crmIds: { hubspot: { id, portalId: '4455667' } },
    emails: [`person${id}@customer-example.org`],
    name: `Person ${id}`,
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

function candidate(
  person: Contact,
  flags: ContactMatchCandidate['policies'][number]['flags'] = [],
): ContactMatchCandidate {
  return {
    contacts: [person],
    policies: [{ contactId: person.id, flags }],
    forms: [],
    marketing: [],
    quotes: [],
    deals: [],
    outreach: [],
    users: [],
  };
}

const minutesAgo = (m: number) => new Date(DEMO_ANCHOR.getTime() - m * 60_000).toISOString();

async function cached(person: Contact, fetchedMinutesAgo: number) {
  const db = freshDb();
  dbs.push(db);
  await replaceContactRecords(db, candidate(person), minutesAgo(fetchedMinutesAgo));
  return db;
}

function hubspot(findPerson: Connector['findPerson']): Connector {
  return { source: 'hubspot', findPerson: vi.fn(findPerson) };
}

const deps = (db: PreflightDb, connector: Connector) => ({
  db,
  connector,
  settings: DEFAULT_SETTINGS,
  now: () => DEMO_ANCHOR,
});

describe('stale-while-revalidate', () => {
  it('answers a fresh cached brief without asking HubSpot', async () => {
    const person = contact();
    const db = await cached(person, 5);
    const connector = hubspot(async () => undefined);
    const answer = await lookupBrief({ email: person.emails[0], role: 'sender' }, deps(db, connector));
    expect(answer).toMatchObject({ status: 'found' });
    expect(answer.status === 'found' && answer.refreshing).toBeFalsy();
    expect(connector.findPerson).not.toHaveBeenCalled();
  });

  it('answers a stale brief from the cache at once and re-reads it by CRM id behind it', async () => {
    const person = contact();
    const db = await cached(person, 60);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const connector = hubspot(async () => {
      await gate;
      return candidate({ ...person, title: 'VP Operations' });
    });
    const first = await lookupBrief({ email: person.emails[0], role: 'sender' }, deps(db, connector));
    expect(first).toMatchObject({ status: 'found', refreshing: true });
    expect(first.status === 'found' && first.brief.contact.title).toBeUndefined();
    // A second sidebar asking meanwhile joins the same refresh.
    await lookupBrief({ email: person.emails[0], role: 'sender' }, deps(db, connector));
    expect(connector.findPerson).toHaveBeenCalledTimes(1);
    expect(connector.findPerson).toHaveBeenCalledWith({
      crmRecord: { crm: 'hubspot', objectType: 'contact', id: person.crmIds.hubspot?.id, portalId: '4455667' },
      role: 'recipient',
    });
    release();
    await vi.waitFor(async () => {
      const next = await lookupBrief({ email: person.emails[0], role: 'sender' }, deps(db, connector));
      expect(next.status === 'found' && next.brief.contact.title).toBe('VP Operations');
      expect(next.status === 'found' && next.refreshing).toBeFalsy();
    });
  });

  it('offline: keeps serving the cache with the reason, and does not hammer the network', async () => {
    const person = contact();
    const db = await cached(person, 60);
    const connector = hubspot(async () => {
      throw new HubSpotLookupError('contact read by id', { kind: 'network' });
    });
    await lookupBrief({ email: person.emails[0], role: 'sender' }, deps(db, connector));
    await vi.waitFor(async () => {
      const again = await lookupBrief({ email: person.emails[0], role: 'sender' }, deps(db, connector));
      expect(again).toMatchObject({ status: 'found', refreshError: expect.stringContaining('offline') });
    });
    await lookupBrief({ email: person.emails[0], role: 'sender' }, deps(db, connector));
    expect(connector.findPerson).toHaveBeenCalledTimes(1);
  });

  it('before a send, re-reads do-not-contact flags older than the limit and checks against the new ones', async () => {
    const person = contact();
    // 10 minutes old: fresh for the brief (15) but older than the 5-minute do-not-contact limit used here.
    const db = await cached(person, 10);
    const connector = hubspot(async () =>
      candidate(person, [
        { kind: 'email_opt_out', channel: 'email', source: 'HubSpot: hs_email_optout', since: minutesAgo(3) },
      ]),
    );
    const answer = await lookupBrief(
      { email: person.emails[0], role: 'recipient' },
      { ...deps(db, connector), settings: { ...DEFAULT_SETTINGS, dncRevalidateMinutes: 5 }, revalidatePolicy: true },
    );
    expect(answer.status === 'found' && answer.brief.policy.flags.map((f) => f.kind)).toEqual(['email_opt_out']);
  });

  it('remembers "not in HubSpot" for the refresh interval instead of asking on every open', async () => {
    const db = freshDb();
    dbs.push(db);
    const connector = hubspot(async () => undefined);
    const person = { email: 'stranger@unknown-example.org', role: 'sender' as const };
    expect(await lookupBrief(person, deps(db, connector))).toMatchObject({ status: 'not_in_crm' });
    expect(await lookupBrief(person, deps(db, connector))).toMatchObject({ status: 'not_in_crm' });
    expect(connector.findPerson).toHaveBeenCalledTimes(1);
  });

  it('says HubSpot needs reconnecting when the token is refused for an unknown person', async () => {
    const db = freshDb();
    dbs.push(db);
    const connector = hubspot(async () => {
      throw new HubSpotLookupError('lookup', { kind: 'unauthorized' });
    });
    const answer = await lookupBrief({ email: 'new@unknown-example.org', role: 'sender' }, deps(db, connector));
    expect(answer).toEqual({ status: 'error', message: expect.stringContaining('reconnected') });
  });

  it('before a send, a slow CRM does not turn cached do-not-contact flags into "unknown"', async () => {
    const person = contact();
    const db = freshDb();
    dbs.push(db);
    const optOut = {
      kind: 'email_opt_out' as const,
      channel: 'email' as const,
      source: 'HubSpot',
      since: minutesAgo(90),
    };
    await replaceContactRecords(db, candidate(person, [optOut]), minutesAgo(60));
    const connector = hubspot(() => new Promise(() => {})); // HubSpot never answers
    const started = Date.now();
    const answer = await lookupBrief(
      { email: person.emails[0], role: 'recipient' },
      { ...deps(db, connector), revalidatePolicy: true },
    );
    expect(Date.now() - started).toBeLessThan(1500);
    expect(answer).toMatchObject({ status: 'found', refreshError: expect.stringContaining('cached ones were used') });
    expect(answer.status === 'found' && answer.brief.policy.flags.map((f) => f.kind)).toEqual(['email_opt_out']);
  });

  it('Refresh re-reads a fresh brief from the CRM now, and skips a failure cool-down', async () => {
    const person = contact();
    const db = await cached(person, 1);
    let calls = 0;
    const connector = hubspot(async () => {
      calls += 1;
      if (calls === 1) throw new HubSpotLookupError('contact read by id', { kind: 'network' });
      return candidate({ ...person, title: 'COO' });
    });
    const first = await lookupBrief(
      { email: person.emails[0], role: 'sender' },
      { ...deps(db, connector), forceRefresh: true },
    );
    expect(first).toMatchObject({ status: 'found', refreshError: expect.stringContaining('offline') });
    const second = await lookupBrief(
      { email: person.emails[0], role: 'sender' },
      { ...deps(db, connector), forceRefresh: true },
    );
    expect(second.status === 'found' && second.brief.contact.title).toBe('COO');
    expect(connector.findPerson).toHaveBeenCalledTimes(2);
  });

  it('a contact gone from the CRM keeps its last brief, says so, and is not asked about on every open', async () => {
    const person = contact();
    const db = await cached(person, 60);
    const connector = hubspot(async () => undefined);
    await lookupBrief({ email: person.emails[0], role: 'sender' }, deps(db, connector));
    await vi.waitFor(async () => {
      const again = await lookupBrief({ email: person.emails[0], role: 'sender' }, deps(db, connector));
      expect(again).toMatchObject({ status: 'found', refreshError: expect.stringContaining('no longer in the CRM') });
    });
    expect(connector.findPerson).toHaveBeenCalledTimes(1);
  });
});
