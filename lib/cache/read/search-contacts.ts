import type { PreflightDb } from '../db';

export interface ContactSearchHit {
  id: string;
  name: string;
  email?: string;
  company?: string;
}

const MAX_HITS = 10;
const MAX_SCAN = 20_000;

/**
 * Cached contacts whose name, any address or company contains every word of the query, best first (name
 * starts with the query). For "not this person? search and link" — the cache only, no CRM call.
 */
export async function searchCachedContacts(db: PreflightDb, query: string): Promise<ContactSearchHit[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  if (words.length === 0 || words.join('').length < 2) return [];
  const hits: { hit: ContactSearchHit; rank: number }[] = [];
  await db.contacts.limit(MAX_SCAN).each((contact) => {
    const haystack = [contact.name, ...contact.emails, contact.company?.name ?? ''].join(' ').toLowerCase();
    if (!words.every((w) => haystack.includes(w))) return;
    const rank = contact.name.toLowerCase().startsWith(words[0]!) ? 0 : 1;
    hits.push({
      rank,
      hit: {
        id: contact.id,
        name: contact.name,
        ...(contact.emails[0] ? { email: contact.emails[0] } : {}),
        ...(contact.company?.name ? { company: contact.company.name } : {}),
      },
    });
  });
  return hits
    .sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name))
    .slice(0, MAX_HITS)
    .map((h) => h.hit);
}
