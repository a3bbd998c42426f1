import { expect, test } from './fixtures';
import { SidebarPage } from './pages/sidebar';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.describe('the brief on a Sales Navigator lead page (demo workspace)', () => {
  const leadUrl = 'https://www.linkedin.com/sales/lead/ACwAAC7kQ2UBx9mVt3yLrP0aZfN4sWqE1cJhKdo,NAME_SEARCH,Rq3v';
  /** The top card's "…" button: its popover holds the lead's "View LinkedIn profile" link. */
  const leadMenu = '#profile-card-section button[data-x--lead-actions-bar-overflow-menu]';
  /** The same kind of button on a similar lead (Priya Raman, also a demo contact). */
  const similarLeadMenu = 'aside button[aria-controls="hue-menu-ember540"]';
  const openMenus = () => document.querySelector('#hue-web-menu-outlet')?.childElementCount ?? -1;

  test('Jordan Lee’s brief once the lead’s public profile is on the page, kept after the menu closes', async ({
    xb,
  }) => {
    const site = await xb.newPage();
    await site.goto(leadUrl);
    const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor(leadUrl));
    // Only the lead's name and someone else's public profile (a post author in Recent activity) are on screen.
    await sidebar.waitForState('empty');
    expect(await sidebar.text()).toContain('No one could be read from this profile.');

    // A similar lead's menu links Priya's public profile: still nobody, not Priya. The content script re-reads
    // within a frame of a DOM change, so a wrong reading would reach the sidebar well within the wait.
    await site.click(similarLeadMenu);
    expect(await site.evaluate(openMenus, undefined)).toBe(1);
    await wait(1_000);
    expect(await sidebar.text()).toContain('No one could be read from this profile.');

    await site.click(leadMenu);
    await sidebar.waitForState('found');
    expect(await sidebar.contactName()).toBe('Jordan Lee');
    const text = await sidebar.text();
    expect(text).toContain('matched by LinkedIn URL');
    expect(text).toContain('Procurement Manager');
    expect(text).not.toContain('Priya Raman');

    // Closing the menu takes the link off the page; the reader remembers this lead's profile.
    await site.press('Escape');
    expect(await site.evaluate(openMenus, undefined)).toBe(0);
    await wait(1_000);
    await sidebar.waitForState('found');
    expect(await sidebar.contactName()).toBe('Jordan Lee');

    await sidebar.close();
    await site.close();
  });
});

test('a HubSpot deal record: the account view of that deal with its people, not the stale deal before it', async ({
  xb,
}) => {
  const url = 'https://app.hubspot.com/contacts/4455667/record/0-3/35190027741';
  const site = await xb.newPage();
  await site.goto(url);
  const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor(url));
  await sidebar.waitForState('account');
  expect(await sidebar.contactName()).toBe('Northwind Traders — Fleet rollout');
  const text = await sidebar.text();
  expect(text).toContain('matched by deal name');
  expect(text).toContain('northwind-traders.com');
  expect(text).not.toContain('Contoso');
  const people = await sidebar.page.textOf('[data-section="account-people"]');
  expect(people).toContain('Priya Raman');
  expect(people).toContain('Jordan Lee');
  expect(people).not.toContain('Dana Whitfield');
  expect(await sidebar.quoteText('Q-1042')).toMatch(/10\s?% discount/);
  await sidebar.close();
  await site.close();
});
