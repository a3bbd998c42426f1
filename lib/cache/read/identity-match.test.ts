import { afterEach, describe, expect, it } from 'vitest';
import { dropDb, PRIYA_EMAIL, seededDemoDb } from '../../../tests/helpers/demo-db';
import { PRIYA_ID } from '../../connectors/demo/story-contacts';
import { withoutPlusTag } from '../../identity/email';
import type { PreflightDb } from '../db';
import { saveIdentityLink } from '../write/identity-links';
import { findCachedContact, findPossibleMatch } from './find-contact';
import { searchCachedContacts } from './search-contacts';

const dbs: PreflightDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map(dropDb));
});
async function db() {
  const seeded = await seededDemoDb();
  dbs.push(seeded);
  return seeded;
}

describe('plus-addressing', () => {
  it('drops the +tag only where the provider is known to deliver it to the same mailbox', () => {
    expect(withoutPlusTag('priya.raman+newsletters@gmail.com')).toBe('priya.raman@gmail.com');
    expect(withoutPlusTag('ops+fleet@northwind-traders.com')).toBeUndefined();
    expect(withoutPlusTag('+x@gmail.com')).toBeUndefined();
  });

  it('finds a contact stored as local@gmail.com from local+tag@gmail.com', async () => {
    const cache = await db();
    await cache.contacts.update(PRIYA_ID, { emails: [PRIYA_EMAIL, 'priya.r@gmail.com'] });
    const found = await findCachedContact(cache, { email: 'Priya.R+Work@gmail.com', role: 'sender' });
    expect(found).toMatchObject({ contact: { id: PRIYA_ID }, matchedBy: 'email' });
    // Not at a company domain, where +tag may be a different mailbox.
    expect(await findCachedContact(cache, { email: 'priya.raman+x@northwind-traders.com', role: 'sender' })).toBe(
      undefined,
    );
  });
});

describe('possible match by name and company', () => {
  it('offers the one contact with the same name at the same company domain', async () => {
    const cache = await db();
    const person = { email: 'p.raman@northwind-traders.com', name: 'Dr. Priya  RAMAN', role: 'sender' as const };
    expect(await findCachedContact(cache, person)).toBeUndefined();
    expect(await findPossibleMatch(cache, person)).toMatchObject({
      contact: { id: PRIYA_ID },
      matchedBy: 'name_company',
    });
  });

  it('never guesses from a free-mail domain, a single name, or a name two contacts share', async () => {
    const cache = await db();
    expect(await findPossibleMatch(cache, { email: 'x@gmail.com', name: 'Priya Raman', role: 'sender' })).toBe(
      undefined,
    );
    expect(
      await findPossibleMatch(cache, { email: 'p@northwind-traders.com', name: 'Priya', role: 'sender' }),
    ).toBeUndefined();
    const priya = await cache.contacts.get(PRIYA_ID);
    await cache.contacts.put({
      ...priya!,
      id: 'demo:contact:priya-twin',
      emails: ['priya.twin@northwind-traders.com'],
    });
    expect(
      await findPossibleMatch(cache, { email: 'p.raman@northwind-traders.com', name: 'Priya Raman', role: 'sender' }),
    ).toBeUndefined();
  });

  it('a rep’s "not this person" stops the guess; "this is them" links for good', async () => {
    const cache = await db();
    const person = { email: 'p.raman@northwind-traders.com', name: 'Priya Raman', role: 'sender' as const };
    await saveIdentityLink(
      cache,
      `email:${person.email}`,
      null,
      'alex.morgan@example.com',
      '2026-11-23T10:00:00Z',
      PRIYA_ID,
    );
    expect(await findPossibleMatch(cache, person)).toBeUndefined();
    await saveIdentityLink(cache, `email:${person.email}`, PRIYA_ID, 'alex.morgan@example.com', '2026-11-23T10:01:00Z');
    expect(await findCachedContact(cache, person)).toMatchObject({ contact: { id: PRIYA_ID }, matchedBy: 'linked' });
  });
});

describe('search for linking by hand', () => {
  it('finds contacts by every word across name, address and company, name-prefix first', async () => {
    const cache = await db();
    const hits = await searchCachedContacts(cache, 'priya northwind');
    expect(hits[0]).toMatchObject({ id: PRIYA_ID, name: 'Priya Raman', email: PRIYA_EMAIL });
    expect(await searchCachedContacts(cache, 'p')).toEqual([]);
    expect((await searchCachedContacts(cache, 'zzzz-nobody')).length).toBe(0);
  });
});
