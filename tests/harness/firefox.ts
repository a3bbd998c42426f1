import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FirefoxPage } from './firefox-page';
import { FIXED_EXTENSION_UUID, GECKO_ID, firefoxPrefs } from './firefox-prefs';
import { hostMatcher } from './host-match';
import { listTabsInExtension, waitForTabId, type TabSummary } from './tab-id';
import type { DriverPage, ExtensionBrowser, FixtureHandler } from './types';

export interface FirefoxLaunchOptions {
  /** Absolute path of the unpacked build; its manifest must carry the gecko id `preflight@preflight-extension.dev`. */
  extensionDir: string;
  headless: boolean;
  /** Persistent profile; omitted means puppeteer's throwaway profile. */
  profileDir?: string;
  /** An extension page to run tabs.query in when no extension page is open (see tabIdFor). */
  helperPage?: string;
}

export async function launchFirefox(opts: FirefoxLaunchOptions): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: opts.headless,
    // Without it Firefox 153 refuses WebDriver navigation to moz-extension: URLs.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(),
    ...(opts.profileDir ? { userDataDir: opts.profileDir } : {}),
  });
  try {
    const id = await browser.installExtension(opts.extensionDir);
    if (id !== GECKO_ID) throw new Error(`Installed add-on id is ${id}, expected ${GECKO_ID}; the UUID pin needs it`);
    return new FirefoxExtensionBrowser(browser, opts.helperPage ?? 'sidepanel.html');
  } catch (error) {
    await browser.close();
    throw error;
  }
}

interface Route {
  matches: (url: URL) => boolean;
  handler: FixtureHandler;
}

class FirefoxExtensionBrowser implements ExtensionBrowser {
  readonly name = 'firefox' as const;
  readonly extensionOrigin = `moz-extension://${FIXED_EXTENSION_UUID}`;
  private readonly routes: Route[] = [];
  private pages: FirefoxPage[] = [];
  /** Per page, the setup promise: newPage() and the targetcreated hook may both ask, and both must wait for it. */
  private readonly intercepted = new WeakMap<Page, Promise<void>>();
  private helper?: FirefoxPage;

  constructor(
    private readonly browser: Browser,
    private readonly helperPage: string,
  ) {
    // Best effort for tabs we did not open (window.open, tabs.create): their first request may beat the hook.
    browser.on('targetcreated', (target) => {
      void target
        .page()
        .then((page) => (page ? this.intercept(page) : undefined))
        .catch(() => undefined);
    });
  }

  async routeHosts(hosts: string[], handler: FixtureHandler): Promise<void> {
    this.routes.push({ matches: hostMatcher(hosts), handler });
    await Promise.all(this.pages.filter((p) => !p.page.isClosed()).map((p) => this.intercept(p.page)));
  }

  async newPage(): Promise<DriverPage> {
    const page = new FirefoxPage(await this.browser.newPage());
    this.pages = this.pages.filter((p) => !p.page.isClosed());
    this.pages.push(page);
    await this.intercept(page.page);
    return page;
  }

  async openExtensionPage(pathAndQuery: string): Promise<DriverPage> {
    const page = await this.newPage();
    await page.goto(`${this.extensionOrigin}/${pathAndQuery.replace(/^\//, '')}`);
    return page;
  }

  /** Firefox offers no way to evaluate in the background page over BiDi, so ask from an extension page. */
  async tabIdFor(urlPrefix: string): Promise<number> {
    return waitForTabId(urlPrefix, () => this.listTabs());
  }

  async listTabs(): Promise<TabSummary[]> {
    const page = await this.extensionPageForQueries();
    return page.evaluate(listTabsInExtension, undefined);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  private async extensionPageForQueries(): Promise<FirefoxPage> {
    for (const page of [this.helper, ...this.pages]) {
      if (page && !page.page.isClosed() && page.url().startsWith(this.extensionOrigin)) return page;
    }
    this.helper = (await this.openExtensionPage(this.helperPage)) as FirefoxPage;
    return this.helper;
  }

  /**
   * Page-level interception is all puppeteer offers over BiDi, so it is switched on per page. Once on, every request of
   * that page pauses until answered: unrouted ones are continued untouched.
   */
  private intercept(page: Page): Promise<void> {
    if (this.routes.length === 0) return Promise.resolve();
    let setup = this.intercepted.get(page);
    if (!setup) {
      page.on('request', (request) => void this.answer(request));
      setup = page.setRequestInterception(true);
      this.intercepted.set(page, setup);
    }
    return setup;
  }

  private async answer(request: HTTPRequest): Promise<void> {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    const route = this.routes.findLast((r) => r.matches(url));
    // Resolving can race a page close or a cancelled navigation; nothing is left to answer then.
    const settle = (p: Promise<void>) => p.catch(() => undefined);
    if (!route) return settle(request.continue());
    let response;
    try {
      const body = postDataOf(request);
      response = await route.handler(url, request.method(), {
        headers: lowerCaseKeys(request.headers()),
        ...(body !== undefined ? { body } : {}),
      });
    } catch (error) {
      console.error(`[harness] fixture handler failed for ${url.href}:`, error);
      return settle(request.abort('failed'));
    }
    if (!response) return settle(request.abort('internetdisconnected'));
    await settle(
      request.respond({
        status: response.status ?? 200,
        contentType: response.contentType,
        body: response.body,
        ...(response.headers ? { headers: response.headers } : {}),
      }),
    );
  }
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Puppeteer's BiDi requests throw UnsupportedOperation for postData(); the page fixtures never need a body. */
function postDataOf(request: HTTPRequest): string | undefined {
  if (request.method() === 'GET' || request.method() === 'HEAD') return undefined;
  try {
    return request.postData();
  } catch {
    return undefined;
  }
}
