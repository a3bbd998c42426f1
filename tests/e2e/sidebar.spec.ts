import { threadUrl } from '../fixtures/gmail-threads';
import { expect, test } from './fixtures';
import { SidebarPage } from './pages/sidebar';

test.describe('sidebar behaviour (demo workspace)', () => {
  test('switches to another external participant of the thread', async ({ xb }) => {
    const gmail = await xb.newPage();
    await gmail.goto(threadUrl('priya.raman@northwind-traders.com'));
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));
    await sidebar.waitForState('found');
    const tabs = await sidebar.page.textOf('[role="tablist"]');
    expect(tabs).toContain('Priya Raman');
    expect(tabs).toContain('Jordan Lee');
    expect(tabs).not.toContain('Alex Morgan'); // the signed-in rep's own domain is not a customer

    await sidebar.page.click('[role="tab"]:nth-of-type(2)');
    await sidebar.page.waitForText('Procurement Manager');
    expect(await sidebar.contactName()).toBe('Jordan Lee');
    const outreach = await sidebar.page.textOf('[data-section="outreach"]');
    expect(outreach).toContain('Riley Chen'); // emailed yesterday by the SDR
    expect(outreach).toMatch(/yesterday/);

    await sidebar.close();
    await gmail.close();
  });

  test('resets the demo workspace and still shows the brief', async ({ xb }) => {
    const gmail = await xb.newPage();
    await gmail.goto(threadUrl('priya.raman@northwind-traders.com'));
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));
    await sidebar.waitForState('found');
    const before = await sidebar.page.textOf('[data-workspace]');

    await sidebar.page.click('[data-workspace] .link-button');
    await sidebar.page.waitForText('Reset all demo data?');
    await sidebar.page.click('[data-workspace] .confirm button');
    await sidebar.page.waitForText('Reset demo data');
    await sidebar.waitForState('found');
    expect(await sidebar.quoteText('Q-1042')).toMatch(/10\s?% discount/);
    expect(await sidebar.page.textOf('[data-workspace]')).toContain('DEMO DATA');
    expect(before).toContain('DEMO DATA');

    await sidebar.close();
    await gmail.close();
  });

  test('says where Preflight works on a page it does not read', async ({ xb }) => {
    await xb.routeHosts(['news.example.net'], () => ({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Some news</title><p>Nothing about customers here. priya.raman@northwind-traders.com</p>',
    }));
    const before = new Set((await xb.listTabs()).map((t) => t.id));
    const news = await xb.newPage();
    await news.goto('https://news.example.net/today');
    // Preflight has no permission to see this tab's URL, so find it as the tab that was just opened.
    const opened = (await xb.listTabs()).filter((t) => t.id !== undefined && !before.has(t.id));
    expect(opened).toHaveLength(1);
    expect(opened[0]?.url).toBeUndefined();
    const sidebar = await SidebarPage.openFor(xb, opened[0]!.id!);
    await sidebar.waitForState('unsupported');
    const text = await sidebar.text();
    for (const site of ['Gmail', 'LinkedIn', 'HubSpot', 'Salesforce']) expect(text).toContain(site);
    await sidebar.close();
    await news.close();
  });
});

test.describe('the brief on LinkedIn, HubSpot and Salesforce pages', () => {
  const pages = [
    ['LinkedIn profile', 'https://www.linkedin.com/in/priya-raman-4b2a1c/', 'matched by LinkedIn URL'],
    [
      'HubSpot contact record',
      'https://app.hubspot.com/contacts/4455667/record/0-1/98765432101',
      'matched by CRM record',
    ],
    [
      'Salesforce contact record',
      'https://northwind-demo.lightning.force.com/lightning/r/Contact/003Dn00000QxYzAIAV/view',
      'matched by CRM record',
    ],
  ] as const;

  for (const [label, url, matched] of pages) {
    test(`${label}: Priya Raman's brief`, async ({ xb }) => {
      const site = await xb.newPage();
      await site.goto(url);
      const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor(url));
      await sidebar.waitForState('found');
      expect(await sidebar.contactName()).toBe('Priya Raman');
      expect(await sidebar.text()).toContain(matched);
      expect(await sidebar.quoteText('Q-1042')).toContain('Q-1042');
      await sidebar.close();
      await site.close();
    });
  }
});

test('a HubSpot company record: the account’s people with flags first, its open quote and deals', async ({ xb }) => {
  const url = 'https://app.hubspot.com/contacts/4455667/record/0-2/1122334455';
  const site = await xb.newPage();
  await site.goto(url);
  const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor(url));
  await sidebar.waitForState('account');
  expect(await sidebar.contactName()).toBe('Northwind Traders');
  const text = await sidebar.text();
  expect(text).toContain('matched by company name');
  expect(text).toContain('Priya Raman');
  expect(text).toContain('Jordan Lee');
  expect(await sidebar.quoteText('Q-1042')).toMatch(/10\s?% discount/);
  expect(text).toContain('Northwind Traders — Fleet rollout');
  await sidebar.close();
  await site.close();
});

test('a Salesforce Account record: the same account view', async ({ xb }) => {
  const url = 'https://northwind-demo.lightning.force.com/lightning/r/Account/001Dn00000NwTrAIAV/view';
  const site = await xb.newPage();
  await site.goto(url);
  const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor(url));
  await sidebar.waitForState('account');
  expect(await sidebar.contactName()).toBe('Northwind Traders');
  expect(await sidebar.quoteText('Q-1042')).toContain('Q-1042');
  await sidebar.close();
  await site.close();
});

test('a Salesforce Lead: the person’s brief by email; an Opportunity: the account view by deal name', async ({
  xb,
}) => {
  const leadUrl = 'https://northwind-demo.lightning.force.com/lightning/r/Lead/00QDn00000JoLeAAAQ/view';
  const site = await xb.newPage();
  await site.goto(leadUrl);
  const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor(leadUrl));
  await sidebar.waitForState('found');
  expect(await sidebar.contactName()).toBe('Jordan Lee');
  expect(await sidebar.text()).toContain('matched by email');
  await sidebar.close();

  const oppUrl = 'https://northwind-demo.lightning.force.com/lightning/r/Opportunity/006Dn00000Opp1AIAR/view';
  await site.goto(oppUrl);
  const opp = await SidebarPage.openFor(xb, await xb.tabIdFor(oppUrl));
  await opp.waitForState('account');
  expect(await opp.contactName()).toBe('Northwind Traders — Fleet rollout');
  expect(await opp.text()).toContain('matched by deal name');
  await opp.close();
  await site.close();
});

test('a LinkedIn profile on a localised subdomain (de.linkedin.com) is the same person', async ({ xb }) => {
  const url = 'https://de.linkedin.com/in/priya-raman-4b2a1c/?trk=public_profile';
  const site = await xb.newPage();
  await site.goto(url);
  const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://de.linkedin.com/'));
  await sidebar.waitForState('found');
  expect(await sidebar.contactName()).toBe('Priya Raman');
  expect(await sidebar.text()).toContain('matched by LinkedIn URL');
  await sidebar.close();
  await site.close();
});
