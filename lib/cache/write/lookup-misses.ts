import type { PreflightDb } from '../db';

export async function rememberLookupMiss(db: PreflightDb, key: string, checkedAt: string): Promise<void> {
  await db.lookupMisses.put({ key, checkedAt });
}
