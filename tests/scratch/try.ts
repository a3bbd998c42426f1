import { launchBrowser } from '/work/main/tests/harness/launch';
import { siteFixtures, SITE_HOSTS } from '/work/main/tests/harness/fixture-server';
const name = (process.argv[2] ?? 'chromium') as 'chromium' | 'firefox';
const xb = await launchBrowser(name, { headless: true });
await xb.routeHosts([...SITE_HOSTS], siteFixtures());
const page = await xb.newPage();
await page.setViewport(1200, 900);
await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbmPqLkTnRsVwXzYbCdEfGh');
const tabId = await xb.tabIdFor('https://mail.google.com/');
const side = await xb.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
await side.setViewport(400, 1400);
try { await side.waitForText('Q-1042', { timeoutMs: 10000 }); } catch (e) { console.log('no Q-1042', String(e).slice(0,200)); }
await side.screenshot(`/tmp/try/side-${name}.png`);
console.log((await side.textOf('body')).slice(0, 1500));
await xb.close();
