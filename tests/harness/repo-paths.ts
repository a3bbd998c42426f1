import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths, independent of the directory a script is started from. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_PAGES_DIR = resolve(REPO_ROOT, 'tests', 'fixtures', 'pages');
