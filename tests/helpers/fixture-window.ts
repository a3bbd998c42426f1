import { afterEach } from 'vitest';
import { Window } from 'happy-dom';

const open: Window[] = [];

// Every window a test opens is closed after it, wherever the test file forgets to.
afterEach(async () => {
  await Promise.all(open.splice(0).map((window) => window.happyDOM.close()));
});

/**
 * Loads one of our fixture pages at its real URL in a fresh happy-dom window, the way a browser would: URL first,
 * then the markup. Scripts run only when asked (the SPA fixtures render their views with an inline script).
 */
export function openFixtureWindow(html: string, url: string, { scripts = false } = {}): Window {
  const window = new Window({
    url,
    settings: { enableJavaScriptEvaluation: scripts, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  open.push(window);
  // Test-only: our own checked-in fixture markup, in an isolated happy-dom window (never a real page).
  // eslint-disable-next-line no-unsanitized/method
  window.document.write(html);
  return window;
}

/** The document and URL a site reader takes, from a fixture window. */
export function pageOf(window: Window): { doc: Document; url: URL } {
  return { doc: window.document as unknown as Document, url: new URL(window.location.href) };
}
