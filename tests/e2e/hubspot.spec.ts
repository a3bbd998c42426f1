import { threadUrl } from '../fixtures/gmail-threads';
import { SITE_HOSTS, siteFixtures } from '../harness/fixture-server';
import { HUBSPOT_API_HOSTS, hubspotFixture } from '../harness/hubspot-route';
import { launchBrowser } from '../harness/launch';
import type { ExtensionBrowser } from '../harness/types';
import { FAKE_PORTAL_ID, FAKE_TOKEN, HubSpotFakeCore } from '../helpers/hubspot-fake-core';
import { expect, test } from './fixtures';
import { GmailCompose } from './pages/gmail-compose';
import { GuardDialog } from './pages/guard-dialog';
import { SidebarPage } from './pages/sidebar';
import { typeInto } from './pages/type-into';

// Runs in Chromium only (see playwright.config.ts): Firefox's interception cannot see the background's fetch,
// so there the extension would call the real api.hubapi.com.
const PRIYA = 'priya.raman@northwind-traders.com';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.describe.configure({ mode: 'serial' });

test.describe('HubSpot portal (fake at api.hubapi.com)', () => {
  // Its own browser: connecting purges the demo, which the other specs' shared browser relies on.
  let xb: ExtensionBrowser;
  const core = new HubSpotFakeCore();

  test.beforeAll(async () => {
    xb = await launchBrowser('chromium', { headless: process.env.HEADED !== '1' });
    await xb.routeHosts(SITE_HOSTS, siteFixtures());
    await xb.routeHosts(HUBSPOT_API_HOSTS, hubspotFixture(core));
  });
  test.afterAll(async () => {
    await xb?.close();
  });

  test('a wrong token is refused with a clear message and nothing is stored', async () => {
    const options = await xb.openExtensionPage('options.html');
    await options.waitForText('HubSpot access token');
    await typeInto(options, 'input[type="password"]', 'pat-na1-99999999-not-the-right-one');
    await options.click('.token-form button[type="submit"]');
    await options.waitForText('HubSpot did not accept this token');
    expect(await options.textOf('[data-testid="hubspot-connection"]')).toContain('demo workspace');
    await options.close();
  });

  test('connect on the options page: portal, scopes and the rep’s owner record are shown', async () => {
    const options = await xb.openExtensionPage('options.html');
    await options.waitForText('HubSpot access token');
    await typeInto(options, 'input[type="password"]', FAKE_TOKEN);
    await options.click('.token-form button[type="submit"]');
    await options.waitForText(`Connected to HubSpot portal ${FAKE_PORTAL_ID}`);
    const text = await options.textOf('[data-testid="hubspot-connection"]');
    expect(text).toContain('app-eu1.hubspot.com');
    expect(text).toContain(`…${FAKE_TOKEN.slice(-4)}`);
    expect(text).toContain('The token has every scope Preflight needs.');
    expect(text).toContain('You are Alex Morgan');
    expect(text).not.toContain(FAKE_TOKEN);
    await options.close();
  });

  test('the Gmail thread shows Priya’s brief from HubSpot', async () => {
    const gmail = await xb.newPage();
    await gmail.goto(threadUrl(PRIYA));
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));
    await sidebar.waitForState('found');
    expect(await sidebar.contactName()).toBe('Priya Raman');
    const text = await sidebar.text();
    expect(text).not.toContain('DEMO DATA');
    expect(text).toContain(`HubSpot portal ${FAKE_PORTAL_ID}`);
    expect(text).toContain('Northwind Traders — Fleet Platform annual plan');
    expect(core.log.some((r) => r.path === '/crm/v3/objects/contacts/batch/read')).toBe(true);
    // Refresh re-reads her from HubSpot by record id, now.
    const readsBefore = core.log.length;
    await sidebar.page.click('.brief-toolbar button');
    await expect.poll(() => core.log.length, { timeout: 15_000 }).toBeGreaterThan(readsBefore);
    expect(
      core.log
        .slice(readsBefore)
        .some((r) => (r.body as { idProperty?: string } | undefined)?.idProperty === 'hs_object_id'),
    ).toBe(true);
    await sidebar.close();
    await gmail.close();
  });

  test('an override of a warning is written to HubSpot as one timeline note', async () => {
    const compose = await GmailCompose.open(xb);
    await compose.fill({
      to: [PRIYA],
      subject: 'Annual plan pricing',
      body: 'Hi Priya, I can offer 15% off the annual plan if you sign this month.',
    });
    await compose.clickSend();
    const dialog = new GuardDialog(compose.page);
    const view = await dialog.waitOpen();
    expect(view.rules).toContain('quote-offer-conflict');
    await dialog.typeReason('Approved by our sales director on 21 Nov');
    await dialog.press('Send anyway');
    await expect.poll(async () => (await compose.sent()).length).toBe(1);

    await expect.poll(() => core.notes.length, { timeout: 15_000 }).toBe(1);
    const note = core.notes[0]!;
    expect(note.contactIds).toEqual(['98765432101']);
    expect(note.properties['hs_note_body']).toContain('Approved by our sales director on 21 Nov');
    expect(note.properties['hs_note_body']).toMatch(/\[preflight-decision:[A-Za-z0-9-]+\]/);
    // Later wake-ups of the worker (new lookups kick the outbox) never write it again.
    const gmail = await xb.newPage();
    await gmail.goto(threadUrl(PRIYA));
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));
    await sidebar.waitForState('found');
    await wait(1000);
    expect(core.notes).toHaveLength(1);
    await sidebar.close();
    await gmail.close();
    await compose.close();
  });

  test('lead feedback and "no marketing emails" from the sidebar reach HubSpot', async () => {
    const gmail = await xb.newPage();
    await gmail.goto(threadUrl(PRIYA));
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));
    await sidebar.waitForState('found');
    const page = sidebar.page;

    await page.click('.lead-feedback button');
    await page.click('.lead-feedback input[value="not_ready"]');
    await typeInto(page, '.lead-feedback textarea', 'Budget moves to Q3; she wants a call in July.');
    await page.click('.lead-feedback button[type="submit"]');
    await page.waitForText('Feedback “Not ready” added to the HubSpot timeline.');
    await expect.poll(() => core.notes.length, { timeout: 15_000 }).toBe(2);
    const feedback = core.notes[1]?.properties['hs_note_body'] ?? '';
    expect(feedback).toContain('Lead feedback: Not ready');
    expect(feedback).toContain('Budget moves to Q3');
    expect(feedback).toMatch(/\[preflight-feedback:[A-Za-z0-9-]+\]/);

    await page.click('.stop-marketing button');
    await typeInto(page, '.stop-marketing input[type="text"]', 'Asked on the phone: no newsletters');
    await page.click('.stop-marketing button[type="submit"]');
    await page.waitForText('Marketing emails will be stopped in HubSpot.');
    await expect
      .poll(() => core.unsubscribed.map((u) => u.subscriptionId).sort(), { timeout: 15_000 })
      .toEqual(['33583163', '39644612']);
    await expect.poll(() => core.notes.length, { timeout: 15_000 }).toBe(3);
    expect(core.notes[2]?.properties['hs_note_body']).toContain('Asked on the phone: no newsletters');
    await sidebar.close();
    await gmail.close();
  });

  test('a company record is read live from HubSpot: a contact never looked up is listed, flagged first', async () => {
    const url = `https://app.hubspot.com/contacts/${FAKE_PORTAL_ID}/record/0-2/3300112`;
    const site = await xb.newPage();
    await site.goto(url);
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor(url));
    await sidebar.waitForState('account');
    const text = await sidebar.text();
    expect(text).toContain('read from the CRM record');
    expect(text).toContain('Marcus Lee');
    expect(text).toMatch(/Marcus Lee[\s\S]*Priya Raman/);
    expect(await sidebar.quoteText('Q-1042')).toContain('Q-1042');
    expect(core.log.some((r) => r.path === '/crm/v4/associations/companies/contacts/batch/read')).toBe(true);
    await sidebar.close();
    await site.close();
  });

  test('disconnect removes the portal and brings the demo back', async () => {
    const options = await xb.openExtensionPage('options.html');
    await options.waitForText(`Connected to HubSpot portal ${FAKE_PORTAL_ID}`);
    await options.click('[data-testid="hubspot-connection"] > .connection > button');
    await options.waitForText('Disconnect HubSpot?');
    await options.click('.connection .confirm button');
    await options.waitForText('DEMO DATA');
    expect(await options.textOf('[data-testid="hubspot-connection"]')).toContain('demo workspace');
    await options.close();
  });
});
