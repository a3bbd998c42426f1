import type { DriverPage, ExtensionBrowser } from '../../harness/types';
import { downloadVia, keepDownloads } from './downloads';

export interface AuditRowView {
  rule: string;
  decision: string;
  text: string;
}

/** The manager's audit page, driven the same way in Chromium and Firefox. */
export class AuditPage {
  private constructor(readonly page: DriverPage) {}

  static async open(xb: ExtensionBrowser): Promise<AuditPage> {
    const page = await xb.openExtensionPage('audit.html');
    await page.waitForText('Audit log');
    await keepDownloads(page);
    return new AuditPage(page);
  }

  /** Types into a filter field found by its label, as a user would, and waits for the log to settle. */
  async filter(label: string, value: string): Promise<void> {
    await this.page.evaluate(
      ({ label, value }) => {
        const field = [...document.querySelectorAll<HTMLLabelElement>('.audit-filters label')].find((l) =>
          l.textContent?.trim().startsWith(label),
        );
        const input = field?.querySelector('input');
        if (!input) throw new Error(`no filter "${label}"`);
        // React tracks the value through the native setter; a plain assignment would not fire onChange.
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      { label, value },
    );
  }

  /** The log rows in the DOM (the virtualised window). */
  async rows(): Promise<AuditRowView[]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.audit-grid .grid-body [role="row"]')].map((row) => ({
          rule: row.dataset['rule'] ?? '',
          decision: row.dataset['decision'] ?? '',
          text: row.innerText,
        })),
      undefined,
    );
  }

  async total(): Promise<number> {
    const text = await this.page.textOf('.audit-log [role="status"]');
    return Number(text.replace(/[^\d]/g, ''));
  }

  /** Opens the first row matching rule and decision (Enter on the focused row, as a keyboard user would). */
  async openRow(rule: string, decision: string): Promise<string> {
    await this.page.evaluate(
      ({ rule, decision }) => {
        const row = document.querySelector<HTMLElement>(
          `.audit-grid .grid-body [role="row"][data-rule="${rule}"][data-decision="${decision}"]`,
        );
        if (!row) throw new Error(`no row ${rule}/${decision}`);
        row.focus();
        row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      },
      { rule, decision },
    );
    await this.page.waitForSelector('.evidence-panel');
    return this.page.textOf('.evidence-panel');
  }

  exportCsv(): Promise<string> {
    return downloadVia(this.page, 'Export CSV');
  }
}
