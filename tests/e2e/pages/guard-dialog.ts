import type { DriverPage } from '../../harness/types';

export interface DialogView {
  name: string;
  rules: string[];
  buttons: string[];
  sendAnywayDisabled: boolean | null;
  text: string;
}

/** The pre-send dialog, read and operated through the page (its shadow root is open, per the test contract). */
export class GuardDialog {
  constructor(private readonly page: DriverPage) {}

  async waitOpen(timeoutMs = 10_000): Promise<DialogView> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const view = await this.read();
      if (view) return view;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The Preflight dialog did not open');
  }

  read(): Promise<DialogView | null> {
    return this.page.evaluate(() => {
      const root = document.querySelector('preflight-guard-dialog')?.shadowRoot;
      const dialog = root?.querySelector('[role="alertdialog"]');
      if (!root || !dialog) return null;
      const nameId = dialog.getAttribute('aria-labelledby') ?? '';
      const buttons = [...root.querySelectorAll('button')];
      const send = buttons.find((b) => b.textContent === 'Send anyway');
      return {
        name: root.getElementById(nameId)?.textContent ?? '',
        rules: [...root.querySelectorAll('[data-rule]')].map((n) => n.getAttribute('data-rule') ?? ''),
        buttons: buttons.map((b) => b.textContent ?? ''),
        sendAnywayDisabled: send ? send.disabled : null,
        text: (dialog as HTMLElement).innerText,
      };
    }, undefined);
  }

  async isOpen(): Promise<boolean> {
    return (await this.read()) !== null;
  }

  async typeReason(reason: string): Promise<void> {
    await this.page.evaluate((text) => {
      const root = document.querySelector('preflight-guard-dialog')?.shadowRoot;
      const label = [...(root?.querySelectorAll('label') ?? [])].find((l) => l.textContent === 'Reason');
      const field = label ? (root?.getElementById(label.htmlFor) as HTMLTextAreaElement | null) : null;
      if (!field) throw new Error('no field labelled Reason');
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }, reason);
  }

  async press(name: 'Edit draft' | 'Send anyway' | 'Cancel'): Promise<void> {
    await this.page.evaluate((label) => {
      const root = document.querySelector('preflight-guard-dialog')?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);
      if (!button) throw new Error(`no button named ${label}`);
      button.click();
    }, name);
  }
}
