import type { DriverPage } from '../harness/types';

/** The story's draft: Alex offers Priya 15% — against her 10% quote and the 25% campaign she just clicked. */
export const DEMO_DRAFT = {
  to: 'priya.raman@northwind-traders.com',
  subject: 'Annual plan for Northwind',
  body: 'Hi Priya, I can offer 15% off the annual plan if you sign by Friday. Best, Alex',
};

/** Opens a Gmail compose window holding the demo draft, as if Alex had just written it. */
export async function openDemoDraft(page: DriverPage): Promise<void> {
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  await page.waitForSelector('input[name="subjectbox"]');
  await page.evaluate((draft) => {
    const compose = document.querySelector('input[name="subjectbox"]')!.closest('.M9, [role="dialog"]')!;
    compose.querySelectorAll('div[name="to"] [role="option"]').forEach((chip) => chip.remove());
    const to = compose.querySelector('div[name="to"] input') as HTMLInputElement;
    to.value = draft.to;
    to.dispatchEvent(new Event('input', { bubbles: true }));
    (compose.querySelector('input[name="subjectbox"]') as HTMLInputElement).value = draft.subject;
    const body = compose.querySelector('[g_editable="true"]') as HTMLElement;
    body.textContent = draft.body;
    body.dispatchEvent(new Event('input', { bubbles: true }));
  }, DEMO_DRAFT);
}
