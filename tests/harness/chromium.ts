import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { ChromiumPage } from './chromium-page';
import { hostMatcher, originOf } from './host-match';
import { DEFAULT_TIMEOUT_MS, type DriverPage, type ExtensionBrowser, type FixtureHandler } from './types';
import { listTabsInExtension, waitForTabId, type TabSummary } from './tab-id';

export interface ChromiumLaunchOptions {
  /** Absolute path of the unpacked build (the directory holding manifest.json). */
  extensionDir: string;
  headless: boolean;
  /** Persistent profile; omitted means a throwaway profile that Playwright deletes on close. */
  userDataDir?: string;
  args?: string[];
}

export async function launchChromium(opts: ChromiumLaunchOptions): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(opts.userDataDir ?? '', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless,
    // Playwright adds --disable-extensions by default, which would fight --load-extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      // Keep Chromium on plain TCP to the routed hosts: an HTTP/3 attempt offline is only noise.
      '--disable-quic',
      ...(opts.args ?? []),
    ],
  });
  try {
    const worker = await extensionWorker(context);
    return new ChromiumExtensionBrowser(context, originOf(new URL(worker.url())));
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout: DEFAULT_TIMEOUT_MS,
  });
}

class ChromiumExtensionBrowser implements ExtensionBrowser {
  readonly name = 'chromium' as const;

  constructor(
    private readonly context: BrowserContext,
    readonly extensionOrigin: string,
  ) {}

  async routeHosts(hosts: string[], handler: FixtureHandler): Promise<void> {
    // Context-level routes cover every page, present and future, and the extension service worker's own fetch().
    await this.context.route(hostMatcher(hosts), async (route) => {
      const request = route.request();
      let response;
      try {
        const body = request.postData();
        response = await handler(new URL(request.url()), request.method(), {
          headers: await request.allHeaders(),
          ...(body !== null ? { body } : {}),
        });
      } catch (error) {
        console.error(`[harness] fixture handler failed for ${request.url()}:`, error);
        await route.abort('failed');
        return;
      }
      if (!response) {
        await route.abort('internetdisconnected');
        return;
      }
      await route.fulfill({
        status: response.status ?? 200,
        contentType: response.contentType,
        body: response.body,
        ...(response.headers ? { headers: response.headers } : {}),
      });
    });
  }

  async newPage(): Promise<DriverPage> {
    return new ChromiumPage(await this.context.newPage());
  }

  async openExtensionPage(pathAndQuery: string): Promise<DriverPage> {
    const page = await this.newPage();
    await page.goto(`${this.extensionOrigin}/${pathAndQuery.replace(/^\//, '')}`);
    return page;
  }

  tabIdFor(urlPrefix: string): Promise<number> {
    return waitForTabId(urlPrefix, () => this.listTabs());
  }

  async listTabs(): Promise<TabSummary[]> {
    // Re-resolve each time: Chromium may have restarted the worker since launch.
    const worker = await extensionWorker(this.context);
    return worker.evaluate(listTabsInExtension);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
