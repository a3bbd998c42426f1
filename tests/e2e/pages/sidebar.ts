import type { DriverPage, ExtensionBrowser } from '../../harness/types';

/** Page object for sidepanel.html pinned to a tab: what a test may ask of the sidebar. */
export class SidebarPage {
  private constructor(readonly page: DriverPage) {}

  static async openFor(xb: ExtensionBrowser, tabId: number): Promise<SidebarPage> {
    const page = await xb.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await page.setViewport(420, 1200);
    return new SidebarPage(page);
  }

  /** Waits until the sidebar shows a settled state (found, not in CRM, empty...), and returns it. */
  async waitForState(state: string, timeoutMs = 15_000): Promise<void> {
    await this.page.waitForSelector(`[data-state="${state}"]`, { timeoutMs });
  }

  async text(): Promise<string> {
    return this.page.textOf('body');
  }

  async contactName(): Promise<string> {
    return this.page.textOf('.contact-name');
  }

  async quoteText(number: string): Promise<string> {
    return this.page.textOf(`[data-quote="${number}"]`);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
