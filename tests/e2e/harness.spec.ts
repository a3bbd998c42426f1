import { expect, test } from './fixtures';

test('serves a fixture site and opens the side panel for its tab', async ({ xb }) => {
  const gmail = await xb.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
  const title = await gmail.evaluate(() => document.title, undefined);
  const text = await gmail.evaluate(() => document.body.innerText, undefined);
  // The 404 for a missing fixture names gmail.html, so rule it out before looking for "Gmail".
  expect(text).not.toContain('does not exist yet');
  expect(title).toMatch(/Gmail/);

  const tabId = await xb.tabIdFor('https://mail.google.com/');
  expect(Number.isInteger(tabId)).toBe(true);

  const panel = await xb.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  expect(panel.url()).toBe(`${xb.extensionOrigin}/sidepanel.html?tabId=${tabId}`);
  expect(await panel.evaluate(() => document.querySelector('#root') !== null, undefined)).toBe(true);

  await panel.close();
  await gmail.close();
});
