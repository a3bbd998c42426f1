/**
 * Functions serialised into the page by both drivers, so "text appears" means exactly the same thing in Chromium and
 * Firefox. They must stay self-contained: no closures over module scope.
 */

/** A string or RegExp in a form that survives structured cloning into the page. */
export interface TextQuery {
  source: string;
  flags: string;
  isRegex: boolean;
}

export function toTextQuery(text: string | RegExp): TextQuery {
  return typeof text === 'string'
    ? { source: text, flags: '', isRegex: false }
    : { source: text.source, flags: text.flags, isRegex: true };
}

export function bodyHasText(q: TextQuery): boolean {
  const body = document.body?.innerText ?? '';
  return q.isRegex ? new RegExp(q.source, q.flags.replace('g', '')).test(body) : body.includes(q.source);
}

/** Flag set on a document before navigating away from it, so a wait cannot mistake it for the new one. */
export function markStale(): void {
  (window as unknown as { __xbStale?: boolean }).__xbStale = true;
}

/** The new document (not a stale one) from `origin` has fully loaded. */
export function isLoadedFrom(origin: string): boolean {
  return (
    document.readyState === 'complete' &&
    location.origin === origin &&
    !(window as unknown as { __xbStale?: boolean }).__xbStale
  );
}

/** innerText of the first match, or null when nothing matches. */
export function innerTextOf(selector: string): string | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  return el instanceof HTMLElement ? el.innerText : (el.textContent ?? '');
}

/** The first match exists and, when asked, is rendered with a non-empty box (the test of Playwright's 'visible'). */
export function hasSelector(q: { selector: string; visible: boolean }): boolean {
  const el = document.querySelector(q.selector);
  if (!el) return false;
  if (!q.visible) return true;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/**
 * tsx (esbuild keepNames) rewrites `const f = () => …` inside a function into `const f = __name(() => …, "f")`, so a
 * callback serialised from a tsx script (demo, benchmark) would throw "__name is not defined" in the page.
 */
export function needsNameShim(fn: (...args: never[]) => unknown): boolean {
  return fn.toString().includes('__name(');
}

export function installNameShim(): void {
  const g = globalThis as unknown as { __name?: unknown };
  g.__name ??= function (target: unknown) {
    return target;
  };
}
