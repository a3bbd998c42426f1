import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Page } from '@playwright/test';
import { originOf } from './host-match';
import { bodyHasText, innerTextOf, installNameShim, isLoadedFrom, needsNameShim, toTextQuery } from './page-scripts';
import { DEFAULT_TIMEOUT_MS, type DriverPage } from './types';

/** DriverPage over a Playwright page; Playwright already waits sensibly, so this is mostly a translation. */
export class ChromiumPage implements DriverPage {
  constructor(private readonly page: Page) {
    page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
  }

  async goto(url: string): Promise<void> {
    const target = new URL(url);
    if (target.protocol !== 'chrome-extension:') {
      await this.page.goto(url, { waitUntil: 'domcontentloaded' });
      return;
    }
    // Extension pages render from their own scripts after load; 'complete' is the contract for both browsers.
    await this.page.goto(url, { waitUntil: 'load' });
    await this.page.waitForFunction(isLoadedFrom, originOf(target));
  }

  async evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
    if (needsNameShim(fn)) await this.page.evaluate(installNameShim);
    // Playwright's PageFunction type unboxes handles in `arg`; we only pass plain data.
    return this.page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown);
  }

  async waitForSelector(selector: string, opts: { timeoutMs?: number; visible?: boolean } = {}): Promise<void> {
    await this.page.waitForSelector(selector, {
      state: opts.visible ? 'visible' : 'attached',
      timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
  }

  async waitForText(text: string | RegExp, opts: { timeoutMs?: number } = {}): Promise<void> {
    await this.page.waitForFunction(bodyHasText, toTextQuery(text), { timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  }

  async textOf(selector: string): Promise<string> {
    await this.waitForSelector(selector);
    const text = await this.page.evaluate(innerTextOf, selector);
    if (text === null) throw new Error(`textOf: no element matches ${selector}`);
    return text;
  }

  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  async screenshot(path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    await this.page.screenshot({ path });
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }

  url(): string {
    return this.page.url();
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
