import type { DriverPage, ExtensionBrowser } from '../../harness/types';
import { downloadVia, keepDownloads } from './downloads';

/** The campaign check page, driven the same way in Chromium and Firefox. */
export class CampaignPage {
  private constructor(readonly page: DriverPage) {}

  static async open(xb: ExtensionBrowser): Promise<CampaignPage> {
    const page = await xb.openExtensionPage('campaign.html');
    await page.waitForText('Check recipients');
    await keepDownloads(page);
    return new CampaignPage(page);
  }

  /** Chooses a file in the "Upload CSV" input as a user would (a real File through the input's change event). */
  async upload(name: string, text: string): Promise<void> {
    await this.page.evaluate(
      ({ name, text }) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Upload CSV');
        const input = document.getElementById(label?.htmlFor ?? '') as HTMLInputElement | null;
        if (!input) throw new Error('no "Upload CSV" input');
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'text/csv' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { name, text },
    );
    await this.page.waitForText(`${name} will be checked`);
  }

  /**
   * Chooses a list in the "HubSpot list" select as a user would (the option, then the select's change event), once
   * the lists are loaded, and waits until its members are read.
   */
  async chooseList(name: string): Promise<void> {
    // The first option is "None"; a second one means the lists have arrived from the background.
    await this.page.waitForSelector('[data-testid="list-field"] select option:nth-child(2)');
    await this.page.evaluate((wanted) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'HubSpot list');
      const select = document.getElementById(label?.htmlFor ?? '') as HTMLSelectElement | null;
      if (!select) throw new Error('no "HubSpot list" select');
      const option = [...select.options].find((o) => o.textContent?.startsWith(`${wanted} (`));
      if (!option) throw new Error(`no list "${wanted}"`);
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, name);
    await this.page.waitForText(`${name}: `);
    await this.page.waitForSelector('[data-testid="list-ready"]');
  }

  async check(): Promise<void> {
    await this.page.click('.campaign-form button[type="submit"]');
  }

  /** Clicks a button by its visible name and returns the text of the file it downloaded. */
  download(buttonName: string): Promise<string> {
    return downloadVia(this.page, buttonName);
  }

  async count(which: string): Promise<string> {
    return this.page.textOf(`[data-count="${which}"] dd`);
  }
}
