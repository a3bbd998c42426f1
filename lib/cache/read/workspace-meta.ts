import type { WorkspaceMeta } from '../../model/workspace';
import type { PreflightDb } from '../db';

export async function readWorkspaceMeta(db: PreflightDb): Promise<WorkspaceMeta | undefined> {
  return (await db.meta.get('workspace'))?.value;
}
