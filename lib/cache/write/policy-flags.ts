import type { BriefSectionName } from '../../model/brief';
import type { DoNotContactFlag } from '../../model/contact-policy';
import type { PreflightDb } from '../db';

/** Adds a do-not-contact flag to a cached contact unless one of the same kind and channel is there. */
export async function addPolicyFlag(db: PreflightDb, contactId: string, flag: DoNotContactFlag): Promise<void> {
  await db.transaction('rw', db.policies, async () => {
    const policy = (await db.policies.get(contactId)) ?? { contactId, flags: [] };
    if (policy.flags.some((f) => f.kind === flag.kind && f.channel === flag.channel)) return;
    await db.policies.put({ ...policy, flags: [...policy.flags, flag] });
  });
}

/** Makes the next lookup re-read one section from the CRM (after a write changed it there). */
export async function markSectionStale(db: PreflightDb, contactId: string, section: BriefSectionName): Promise<void> {
  await db.freshness
    .where('[contactId+section]')
    .equals([contactId, section])
    .modify((row) => {
      row.fetchedAt = new Date(0).toISOString();
    });
}
