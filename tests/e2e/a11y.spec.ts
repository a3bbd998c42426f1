import { threadUrl } from '../fixtures/gmail-threads';
import { expect, test } from './fixtures';
import { SidebarPage } from './pages/sidebar';

const PRIYA = 'priya.raman@northwind-traders.com';

test('the sidebar works at 320 px: no sideways scrolling, landmarks, and every control has a name', async ({ xb }) => {
  const gmail = await xb.newPage();
  await gmail.goto(threadUrl(PRIYA));
  const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));
  await sidebar.page.setViewport(320, 900);
  await sidebar.waitForState('found');

  const report = await sidebar.page.evaluate(() => {
    const root = document.documentElement;
    const nameOf = (el: Element): string => {
      const labelledBy = el.getAttribute('aria-labelledby');
      const byId = labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : '';
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return [el.getAttribute('aria-label') ?? '', byId, label, el.textContent ?? ''].join(' ').trim();
    };
    const controls = Array.from(document.querySelectorAll('button, a[href], input, textarea, select, [role="tab"]'));
    return {
      overflow: root.scrollWidth - root.clientWidth,
      mains: document.querySelectorAll('main, [role="main"]').length,
      headers: document.querySelectorAll('header').length,
      unnamed: controls.filter((el) => nameOf(el) === '').map((el) => el.outerHTML.slice(0, 120)),
      controls: controls.length,
    };
  }, undefined);

  expect(report.overflow).toBeLessThanOrEqual(0);
  expect(report.mains).toBe(1);
  expect(report.headers).toBeGreaterThanOrEqual(1);
  expect(report.controls).toBeGreaterThan(3);
  expect(report.unnamed).toEqual([]);
  await sidebar.close();
  await gmail.close();
});
