/**
 * The browser-agnostic surface that e2e tests, the benchmark and the demo launcher drive. Chromium runs through
 * Playwright, Firefox through puppeteer-core over WebDriver BiDi; nothing above this file should know which.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface FixtureResponse {
  status?: number;
  contentType: string;
  body: string | Buffer;
  /** Extra response headers (e.g. `location` for a redirect). */
  headers?: Record<string, string>;
}

/** What a fixture handler may inspect beyond the URL and method (API fakes check the token and the body). */
export interface FixtureRequest {
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The request body as text, when there is one. */
  body?: string;
}

/** Called for every request to a routed host; return undefined to let it fail as offline (abort). */
export type FixtureHandler = (
  url: URL,
  method: string,
  request: FixtureRequest,
) => FixtureResponse | undefined | Promise<FixtureResponse | undefined>;

export interface DriverPage {
  /** Waits for DOMContentLoaded on web pages; on extension pages until `document.readyState` is complete. */
  goto(url: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  waitForSelector(selector: string, opts?: { timeoutMs?: number; visible?: boolean }): Promise<void>;
  /** Resolves once the text appears in `document.body.innerText`. */
  waitForText(text: string | RegExp, opts?: { timeoutMs?: number }): Promise<void>;
  /** innerText of the first match; waits for the element to be attached. */
  textOf(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  /** A key or chord in Playwright notation: 'Enter', 'Control+Enter', 'Shift+Tab'. */
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  url(): string;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** 'chrome-extension://<id>' or 'moz-extension://<uuid>', without a trailing slash. */
  extensionOrigin: string;
  /**
   * Serve fixtures at real https addresses. A leading '*.' in a host means any subdomain. Applies to pages opened
   * before and after the call; a later registration wins over an earlier one for the same host.
   */
  routeHosts(hosts: string[], handler: FixtureHandler): Promise<void>;
  newPage(): Promise<DriverPage>;
  /** Opens e.g. 'sidepanel.html?tabId=5' in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<DriverPage>;
  /** Tab id (as the extension APIs see it) of the first tab whose URL starts with urlPrefix. */
  tabIdFor(urlPrefix: string): Promise<number>;
  /** Every tab as the extension sees it: tabs on hosts it may not read have no url (no "tabs" permission). */
  listTabs(): Promise<{ id?: number; url?: string }[]>;
  close(): Promise<void>;
}

/** Default for every wait in the harness; a test can pass its own. */
export const DEFAULT_TIMEOUT_MS = 15_000;
