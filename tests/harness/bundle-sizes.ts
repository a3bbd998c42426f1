import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultBuildDir } from './launch';
import type { BrowserName } from './types';

export interface BundleSize {
  browser: BrowserName;
  script: string;
  bytes: number;
  gzipBytes: number;
}

/** Content scripts run inside Gmail, LinkedIn and the CRMs: their size is paid on every page load. */
export const CONTENT_SCRIPT_BUDGET_GZIP = 30 * 1024;

export function contentScriptSizes(): BundleSize[] {
  const sizes: BundleSize[] = [];
  for (const browser of ['chromium', 'firefox'] as const) {
    const dir = resolve(defaultBuildDir(browser), 'content-scripts');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const bytes = readFileSync(resolve(dir, file));
      sizes.push({
        browser,
        script: file.replace(/\.js$/, ''),
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      });
    }
  }
  return sizes;
}
