import type { DriverPage, ExtensionBrowser } from '../../harness/types';

export interface SentMessage {
  via: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
}

export const SEND_BUTTON = 'div[role="button"][data-tooltip^="Send"]';

/** The Gmail fixture's popup compose: fill it like a rep would, send it, read what the page really sent. */
export class GmailCompose {
  private constructor(readonly page: DriverPage) {}

  /** A new popup compose (the fixture restores a saved draft addressed to Dana Whitfield; `fill` replaces it). */
  static async open(xb: ExtensionBrowser): Promise<GmailCompose> {
    const page = await xb.newPage();
    await page.setViewport(1280, 860);
    await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
    await page.waitForSelector('input[name="subjectbox"]');
    return new GmailCompose(page);
  }

  /** Replaces recipients (typed into the To field, not yet chips), subject and body. */
  async fill(draft: { to?: string[]; subject: string; body: string }): Promise<void> {
    await this.page.evaluate((d) => {
      const compose = document.querySelector('input[name="subjectbox"]')!.closest('.M9, [role="dialog"]')!;
      if (d.to) {
        compose.querySelectorAll('div[name="to"] [role="option"]').forEach((chip) => chip.remove());
        const input = compose.querySelector('div[name="to"] input') as HTMLInputElement;
        input.value = d.to.join(', ');
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const subject = compose.querySelector('input[name="subjectbox"]') as HTMLInputElement;
      subject.value = d.subject;
      subject.dispatchEvent(new Event('input', { bubbles: true }));
      const body = compose.querySelector('[g_editable="true"]') as HTMLElement;
      body.textContent = d.body;
      body.dispatchEvent(new Event('input', { bubbles: true }));
    }, draft);
  }

  async clickSend(): Promise<void> {
    await this.page.click(SEND_BUTTON);
  }

  /** Ctrl+Enter with the caret in the body, as reps send without the mouse. */
  async pressCtrlEnter(): Promise<void> {
    await this.page.evaluate(() => (document.querySelector('[g_editable="true"]') as HTMLElement).focus(), undefined);
    await this.page.press('Control+Enter');
  }

  async sent(): Promise<SentMessage[]> {
    return this.page.evaluate(
      () => JSON.parse(document.getElementById('fixture-sent-log')?.textContent ?? '[]') as SentMessage[],
      undefined,
    );
  }

  /** What is still in the open compose window (nothing lost after "Edit draft"). */
  async current(): Promise<{ subject: string; body: string; to: string } | null> {
    return this.page.evaluate(() => {
      const subject = document.querySelector('input[name="subjectbox"]') as HTMLInputElement | null;
      if (!subject) return null;
      const compose = subject.closest('.M9, [role="dialog"]')!;
      return {
        subject: subject.value,
        body: (compose.querySelector('[g_editable="true"]') as HTMLElement).textContent ?? '',
        to: (compose.querySelector('div[name="to"] input') as HTMLInputElement).value,
      };
    }, undefined);
  }

  async bannerText(): Promise<string | null> {
    return this.page.evaluate(() => {
      const banner = document.querySelector('[data-preflight="banner"]') as HTMLElement | null;
      if (!banner || banner.hidden) return null;
      return banner.shadowRoot?.textContent ?? '';
    }, undefined);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
