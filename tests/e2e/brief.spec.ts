import { threadUrl } from '../fixtures/gmail-threads';
import { expect, test } from './fixtures';
import { GmailCompose } from './pages/gmail-compose';
import { SidebarPage } from './pages/sidebar';

const PRIYA = 'priya.raman@northwind-traders.com';

test.describe('the brief beside a Gmail thread (demo workspace)', () => {
  test("shows Priya Raman's brief with quote Q-1042 and its 10% discount", async ({ xb }) => {
    const gmail = await xb.newPage();
    await gmail.goto(threadUrl(PRIYA));
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));

    await sidebar.waitForState('found');
    expect(await sidebar.contactName()).toBe('Priya Raman');
    const quote = await sidebar.quoteText('Q-1042');
    expect(quote).toContain('Q-1042');
    expect(quote).toMatch(/10\s?% discount/);
    expect(quote).toMatch(/in 9 days/);
    const text = await sidebar.text();
    expect(text).toContain('Head of Operations');
    expect(text).toContain('DEMO DATA');
    expect(text).toMatch(/40 vehicles/); // her form answer, not just "form submitted"
    expect(text).toMatch(/25% off annual plans/); // the campaign offer she received
    expect(text).toContain('Proposal');
    expect(text).toContain('No do-not-contact flags.');

    await sidebar.close();
    await gmail.close();
  });

  test('follows SPA navigation in its tab and says "not in CRM" for an unknown sender', async ({ xb }) => {
    const gmail = await xb.newPage();
    await gmail.goto(threadUrl(PRIYA));
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));
    await sidebar.waitForState('found');

    await gmail.evaluate((url) => {
      location.hash = new URL(url).hash;
    }, threadUrl('sam.patel@example.org'));
    await sidebar.waitForState('not_in_crm');
    expect(await sidebar.text()).toContain('Not in CRM');

    await gmail.evaluate(() => {
      location.hash = '#inbox';
    }, undefined);
    await sidebar.waitForState('empty');
    expect(await sidebar.text()).toContain('Open an email thread');

    await sidebar.close();
    await gmail.close();
  });

  test('puts a do-not-contact flag first for Dana Whitfield', async ({ xb }) => {
    const gmail = await xb.newPage();
    await gmail.goto(threadUrl('dana.whitfield@contoso.io'));
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));
    await sidebar.waitForState('found');
    const flags = await sidebar.page.textOf('[data-section="dnc"]');
    expect(flags).toContain('Opted out of all email');
    await sidebar.close();
    await gmail.close();
  });
});

test.describe('the brief beside a Gmail compose (demo workspace)', () => {
  test('briefs the people a new message is addressed to, including text typed but not yet a chip', async ({ xb }) => {
    const compose = await GmailCompose.open(xb); // the fixture restores a draft addressed to Dana
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));
    await sidebar.waitForState('found');
    expect(await sidebar.contactName()).toBe('Dana Whitfield');

    await compose.page.evaluate(() => {
      const input = document.querySelector('[role="dialog"] div[name="to"] input') as HTMLInputElement;
      input.value = 'jordan.lee@northwind-traders.com';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, undefined);
    await sidebar.page.waitForText('jordan.lee@northwind-traders.com'); // a second tab in the person switcher
    await sidebar.close();
    await compose.close();
  });
});
