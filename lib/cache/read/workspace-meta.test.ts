import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ANCHOR, dropDb, freshDb } from '../../../tests/helpers/demo-db';
import type { WorkspaceMeta } from '../../model/workspace';
import type { MetaRow, PreflightDb } from '../db';
import { readWorkspaceMeta } from './workspace-meta';

let db: PreflightDb;
afterEach(async () => {
  await dropDb(db);
});

const META: WorkspaceMeta = {
  source: 'demo',
  label: 'Demo workspace',
  isDemo: true,
  seededAt: DEMO_ANCHOR.toISOString(),
  currentUserId: 'demo:user:alex-morgan',
  contactCount: 326,
};

describe('readWorkspaceMeta', () => {
  it('is undefined for an empty cache', async () => {
    db = freshDb();
    expect(await readWorkspaceMeta(db)).toBeUndefined();
  });

  it('returns a stored workspace', async () => {
    db = freshDb();
    await db.meta.put({ key: 'workspace', value: META });
    expect(await readWorkspaceMeta(db)).toEqual(META);
  });

  it.each<[string, unknown]>([
    ['a row from an unknown future shape', { version: 9, workspaces: [] }],
    ['a negative contact count', { ...META, contactCount: -1 }],
    ['an unknown source', { ...META, source: 'pipedrive' }],
    ['a missing field', { ...META, label: undefined }],
    ['null', null],
    ['a string', 'workspace'],
  ])('returns undefined instead of garbage for %s', async (_label, value) => {
    db = freshDb();
    await db.meta.put({ key: 'workspace', value } as unknown as MetaRow);
    await expect(readWorkspaceMeta(db)).resolves.toBeUndefined();
  });
});
