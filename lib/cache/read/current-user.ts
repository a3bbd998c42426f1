import type { User } from '../../model/user';
import type { PreflightDb } from '../db';

/** The signed-in rep's user record in the cached workspace, matched by the settings email; undefined if none. */
export function findCurrentUser(db: PreflightDb, currentUserEmail: string): Promise<User | undefined> {
  return db.users.where('email').equals(currentUserEmail.toLowerCase()).first();
}
