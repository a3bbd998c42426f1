import type { PreflightDb } from '../db';

/** Records a rep's fix of a match: `contactId` to link, or null for "not this person" (rejecting `rejected`). */
export async function saveIdentityLink(
  db: PreflightDb,
  key: string,
  contactId: string | null,
  by: string,
  at: string,
  rejected?: string,
): Promise<void> {
  await db.identityLinks.put({
    key,
    contactId,
    ...(contactId === null && rejected ? { rejectedContactId: rejected } : {}),
    linkedAt: at,
    linkedBy: by,
  });
  // A remembered "not in CRM" for this person is no longer the answer.
  await db.lookupMisses.delete(key);
}
