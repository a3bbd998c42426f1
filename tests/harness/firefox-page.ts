import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { originOf } from './host-match';
import { parseChord } from './key-chord';
import {
  bodyHasText,
  hasSelector,
  innerTextOf,
  installNameShim,
  isLoadedFrom,
  markStale,
  needsNameShim,
  toTextQuery,
} from './page-scripts';
import { pollUntil } from './poll';
import { DEFAULT_TIMEOUT_MS, type DriverPage } from './types';

/**
 * How long the first navigation to a moz-extension: URL is left to time out. Firefox loads the page, but over
 * WebDriver BiDi puppeteer's goto never resolves for it, so we never await it and wait for the document instead.
 */
const STUCK_GOTO_TIMEOUT_MS = 5_000;

/**
 * DriverPage over a puppeteer (BiDi) page. Waits poll with evaluate() rather than puppeteer's waitFor*: puppeteer does
 * not see navigations into moz-extension: documents, while evaluate() does reach them.
 */
export class FirefoxPage implements DriverPage {
  /** Our own record of an extension URL, because page.url() keeps the pre-navigation URL for moz-extension pages. */
  private extensionUrl?: { href: string; puppeteerUrlThen: string };

  constructor(readonly page: Page) {
    page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
  }

  async goto(url: string): Promise<void> {
    const target = new URL(url);
    if (target.protocol !== 'moz-extension:') {
      this.extensionUrl = undefined;
      await this.page.goto(url, { waitUntil: 'domcontentloaded' });
      return;
    }
    const current = await this.page.evaluate(() => location.origin).catch(() => '');
    await this.page.evaluate(markStale).catch(() => undefined);
    if (current === originOf(target)) {
      // Inside the extension origin the page can navigate itself, which Firefox completes in ~0.1 s.
      await this.page.evaluate((href) => void (location.href = href), target.href);
    } else {
      void this.page.goto(target.href, { timeout: STUCK_GOTO_TIMEOUT_MS }).catch(() => undefined);
    }
    await pollUntil(() => this.page.evaluate(isLoadedFrom, originOf(target)), DEFAULT_TIMEOUT_MS, `${url} to load`);
    this.extensionUrl = { href: await this.page.evaluate(() => location.href), puppeteerUrlThen: this.page.url() };
  }

  async evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
    if (needsNameShim(fn)) await this.page.evaluate(installNameShim);
    return (await this.page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown)) as T;
  }

  async waitForSelector(selector: string, opts: { timeoutMs?: number; visible?: boolean } = {}): Promise<void> {
    const q = { selector, visible: opts.visible ?? false };
    await pollUntil(
      () => this.page.evaluate(hasSelector, q),
      opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      `selector ${selector}`,
    );
  }

  async waitForText(text: string | RegExp, opts: { timeoutMs?: number } = {}): Promise<void> {
    const q = toTextQuery(text);
    await pollUntil(
      () => this.page.evaluate(bodyHasText, q),
      opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      `text ${String(text)}`,
    );
  }

  async textOf(selector: string): Promise<string> {
    await this.waitForSelector(selector);
    const text = await this.page.evaluate(innerTextOf, selector);
    if (text === null) throw new Error(`textOf: no element matches ${selector}`);
    return text;
  }

  async click(selector: string): Promise<void> {
    // Same contract as Playwright's click: wait for a visible element, then a real pointer click.
    await this.waitForSelector(selector, { visible: true });
    await this.page.click(selector);
  }

  async press(key: string): Promise<void> {
    const chord = parseChord(key);
    const keyboard = this.page.keyboard;
    for (const m of chord.modifiers) await keyboard.down(m as KeyInput);
    try {
      await keyboard.press(chord.key as KeyInput);
    } finally {
      for (const m of chord.modifiers.reverse()) await keyboard.up(m as KeyInput);
    }
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  async screenshot(path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    await this.page.screenshot({ path: path as `${string}.png` });
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }

  url(): string {
    const current = this.page.url();
    if (this.extensionUrl && current === this.extensionUrl.puppeteerUrlThen) return this.extensionUrl.href;
    return current;
  }

  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}
