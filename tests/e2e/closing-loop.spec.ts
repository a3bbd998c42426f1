import { threadUrl } from '../fixtures/gmail-threads';
import { test } from './fixtures';
import { SidebarPage } from './pages/sidebar';
import { typeInto } from './pages/type-into';

// A contact no other spec relies on: these writes change the shared demo workspace.
const MARINA = 'm.ivanova@sever-logistic.example';

test('closing the loop in the demo: lead feedback, and "no marketing emails" with a reason shows as a flag', async ({
  xb,
}) => {
  const gmail = await xb.newPage();
  await gmail.goto(threadUrl(MARINA));
  const sidebar = await SidebarPage.openFor(xb, await xb.tabIdFor('https://mail.google.com/'));
  await sidebar.waitForState('found');
  const page = sidebar.page;

  await page.click('.lead-feedback button');
  await page.click('.lead-feedback input[value="good_fit"]');
  await page.click('.lead-feedback button[type="submit"]');
  await page.waitForText('Feedback “Good fit” added to the demo workspace.');

  await page.click('.stop-marketing button');
  await typeInto(page, '.stop-marketing input[type="text"]', 'Asked by phone: no newsletters');
  await page.click('.stop-marketing button[type="submit"]');
  await page.waitForText('Marketing emails will be stopped in the demo workspace.');
  // The demo applies it at once: the flag, with the reason, appears at the top of the brief.
  await page.waitForText('Unsubscribed from marketing email');
  await page.waitForText('Asked by phone: no newsletters');
  await sidebar.close();
  await gmail.close();
});
