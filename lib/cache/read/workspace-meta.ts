import { WorkspaceMeta } from '../../model/workspace';
import type { PreflightDb } from '../db';

/**
 * The cached workspace's description, or undefined when there is none or the stored row no longer parses
 * (written by another version, damaged): callers get a typed value or nothing, never garbage.
 */
export async function readWorkspaceMeta(db: PreflightDb): Promise<WorkspaceMeta | undefined> {
  const parsed = WorkspaceMeta.safeParse((await db.meta.get('workspace'))?.value);
  return parsed.success ? parsed.data : undefined;
}
