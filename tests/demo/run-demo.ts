/**
 * The main job on the built-in demo workspace: build Preflight, open a browser on a throw-away profile with it
 * loaded, and show the demo pages (Gmail, LinkedIn, HubSpot and Salesforce look-alikes served at their real
 * addresses inside that profile only) beside the sidebar.
 *
 *   npm run demo                       Chromium with a window (PREFLIGHT_BROWSER=firefox for Firefox ESR)
 *   npm run demo -- --headless [--out DIR]   no display: screenshots of every page beside its sidebar
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SITE_HOSTS, siteFixtures } from '../harness/fixture-server';
import { launchBrowser } from '../harness/launch';
import { REPO_ROOT } from '../harness/repo-paths';
import type { BrowserName, ExtensionBrowser } from '../harness/types';
import { openDemoDraft } from './demo-draft';
import { demoPages } from './demo-pages';
import { COMPOSER_HOST, sideBySideHandler } from './side-by-side';

const args = process.argv.slice(2);
const browserName = (process.env.PREFLIGHT_BROWSER ?? 'chromium') as BrowserName;
if (browserName !== 'chromium' && browserName !== 'firefox') {
  console.error(`PREFLIGHT_BROWSER must be "chromium" or "firefox", not "${String(browserName)}".`);
  process.exit(2);
}
let headless = args.includes('--headless');
if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.warn('No display found (DISPLAY is unset): running headless and writing screenshots instead.');
  headless = true;
}
const outIndex = args.indexOf('--out');
const outDir = resolve(REPO_ROOT, outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : '.demo-shots');

function step(label: string, command: string, commandArgs: string[]): void {
  console.log(`• ${label}`);
  const result = spawnSync(command, commandArgs, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

step('Checking the browsers (Debian chromium / firefox-esr)', 'bash', ['tests/harness/ensure-browsers.sh']);
step('Building the extension (Chrome MV3 + Firefox MV3)', 'npm', ['run', 'build', '--silent']);

console.log(`• Starting ${browserName}${headless ? ' (headless)' : ''} on a throw-away profile with Preflight loaded`);
const xb = await launchBrowser(browserName, { headless });
await xb.routeHosts(SITE_HOSTS, siteFixtures());

if (headless) {
  await captureScreenshots(xb);
  await xb.close();
} else {
  await showInteractively(xb);
}

async function captureScreenshots(browser: ExtensionBrowser): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const shots = new Map<string, { page: string; sidebar: string; label: string }>();
  await browser.routeHosts([COMPOSER_HOST], sideBySideHandler(shots));
  for (const demo of demoPages()) {
    const site = await browser.newPage();
    await site.setViewport(1100, 860);
    await site.goto(demo.url);
    const tabId = await browser.tabIdFor(demo.url.split('#')[0]!);
    const sidebar = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await sidebar.setViewport(400, 860);
    try {
      await sidebar.waitForSelector(`[data-state="${demo.expectState}"]`, { timeoutMs: 15_000 });
    } catch {
      console.warn(`  ! ${demo.label}: the sidebar did not reach "${demo.expectState}"; capturing what it shows.`);
    }
    const files = {
      page: resolve(outDir, `${demo.id}-page.png`),
      sidebar: resolve(outDir, `${demo.id}-sidebar.png`),
      label: demo.label,
    };
    await site.bringToFront();
    await site.screenshot(files.page);
    await sidebar.bringToFront();
    await sidebar.screenshot(files.sidebar);
    shots.set(demo.id, files);
    const composite = await browser.newPage();
    await composite.setViewport(1501, 860);
    await composite.goto(`https://${COMPOSER_HOST}/${encodeURIComponent(demo.id)}`);
    await composite.screenshot(resolve(outDir, `${demo.id}.png`));
    await composite.close();
    await sidebar.close();
    await site.close();
    console.log(`  ✓ ${demo.label} → ${resolve(outDir, `${demo.id}.png`)}`);
  }
  const compose = await browser.newPage();
  await compose.setViewport(1280, 900);
  await openDemoDraft(compose);
  await compose.click('div[role="button"][data-tooltip^="Send"]');
  try {
    await compose.waitForSelector('preflight-guard-dialog', { timeoutMs: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await compose.screenshot(resolve(outDir, '7-gmail-send-check.png'));
    console.log(`  ✓ Gmail — the pre-send check on a conflicting offer → ${resolve(outDir, '7-gmail-send-check.png')}`);
  } catch {
    console.warn('  ! Gmail — the pre-send check did not open its dialog.');
  }
  await compose.close();
  console.log(`Screenshots of each page beside its sidebar, and of the send check, are in ${outDir}`);
}

async function showInteractively(browser: ExtensionBrowser): Promise<void> {
  const pages = demoPages();
  for (const demo of pages.slice().reverse()) {
    const site = await browser.newPage();
    await site.goto(demo.url);
  }
  const draft = await browser.newPage();
  await openDemoDraft(draft);
  const first = pages[0]!;
  const tabId = await browser.tabIdFor(first.url.split('#')[0]!);
  await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  console.log(
    [
      '',
      'Preflight is running on the demo workspace. In the browser window:',
      '  • The tab “sidepanel.html?tabId=…” is the sidebar pinned to the Gmail thread (a pop-out of the real sidebar).',
      '  • Click the Preflight toolbar button (or press Alt+Shift+P) to open the real sidebar; it follows the active tab',
      '    across the Gmail, LinkedIn, HubSpot and Salesforce look-alikes.',
      '  • In Gmail, open other threads from the inbox: Dana (do not contact), Sam Patel (not in CRM), Oleh, Maria…',
      '  • One Gmail tab holds a draft to Priya offering 15%: press Send to see the pre-send check.',
      'Close the browser window (or press Ctrl+C here) to end the demo; the profile is thrown away.',
    ].join('\n'),
  );
  await new Promise<void>((resolveDone) => {
    process.once('SIGINT', () => resolveDone());
    process.once('SIGTERM', () => resolveDone());
  });
  await browser.close();
}
