import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { REPO_ROOT } from './repo-paths';
import type { BrowserName, ExtensionBrowser } from './types';

export interface LaunchOptions {
  headless?: boolean;
  /** Unpacked build to load; defaults to the WXT output for the browser. */
  extensionDir?: string;
  /** Persistent profile directory (Chromium user data dir / Firefox profile); default is a throwaway one. */
  profileDir?: string;
}

/** WXT's output folder; PREFLIGHT_OUTPUT_DIR points at another one (a CI artifact, a build of another checkout). */
const OUTPUT_DIR = resolve(REPO_ROOT, process.env.PREFLIGHT_OUTPUT_DIR ?? '.output');
const BUILD_SUBDIRS: Record<BrowserName, string> = { chromium: 'chrome-mv3', firefox: 'firefox-mv3' };

export function defaultBuildDir(name: BrowserName): string {
  return resolve(OUTPUT_DIR, BUILD_SUBDIRS[name]);
}

export async function launchBrowser(name: BrowserName, opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = resolve(opts.extensionDir ?? defaultBuildDir(name));
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir} (manifest.json missing): run npm run build first`);
  }
  const headless = opts.headless ?? true;
  return name === 'chromium'
    ? launchChromium({ extensionDir, headless, ...(opts.profileDir ? { userDataDir: opts.profileDir } : {}) })
    : launchFirefox({ extensionDir, headless, ...(opts.profileDir ? { profileDir: opts.profileDir } : {}) });
}
