import { expect, test } from './fixtures';
import { GmailCompose } from './pages/gmail-compose';
import { GuardDialog } from './pages/guard-dialog';

test('turning a check off in the settings changes what the guard says', async ({ xb }) => {
  const options = await xb.openExtensionPage('options.html');
  await options.waitForSelector('[data-rule="duplicate-outreach"] input[type="checkbox"]');
  const checkbox = '[data-rule="duplicate-outreach"] input[type="checkbox"]';
  expect(await options.evaluate((s) => (document.querySelector(s) as HTMLInputElement).checked, checkbox)).toBe(true);
  const isChecked = () => options.evaluate((s) => (document.querySelector(s) as HTMLInputElement).checked, checkbox);
  await options.click(checkbox);
  // The checkbox follows the saved settings, so it only flips once the write has landed.
  await expect.poll(isChecked).toBe(false);
  await options.waitForText('Saved at');

  try {
    const compose = await GmailCompose.open(xb);
    await compose.fill({
      to: ['jordan.lee@northwind-traders.com'],
      subject: 'Telematics add-on',
      body: 'Hi Jordan, following up on the add-on.',
    });
    await compose.clickSend();
    // Jordan's only warning was the SDR's email yesterday: with that check off, the message goes at once.
    await expect.poll(async () => (await compose.sent()).length).toBe(1);
    expect(await new GuardDialog(compose.page).isOpen()).toBe(false);
    await compose.close();
  } finally {
    // Leave the shared browser as the other tests expect it.
    await options.click(checkbox);
    await expect.poll(isChecked).toBe(true);
    await options.close();
  }
});
