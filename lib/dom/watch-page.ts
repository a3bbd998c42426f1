import type { ReadResult, SiteReader } from '../sites/site-reader';

export interface WatchOptions {
  /** Quiet time after a burst of DOM changes before reading again. */
  debounceMs?: number;
  win?: Window;
}

/**
 * Re-reads the page whenever it may show someone else: DOM changes (SPA views), hash and history
 * navigation. The first change after a quiet period is read at once (the sidebar follows within a frame);
 * a burst after it collapses into one trailing read. Calls onChange only when the reading changed.
 */
export function watchPage(
  reader: SiteReader,
  onChange: (result: ReadResult) => void,
  signal: AbortSignal,
  { debounceMs = 120, win = window }: WatchOptions = {},
): void {
  let last = '';
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let quietUntil = 0;

  const readNow = () => {
    if (signal.aborted) return;
    const url = new URL(win.location.href);
    if (!reader.matches(url)) return;
    const result = reader.read(win.document, url);
    const key = JSON.stringify(result.reading);
    if (key === last) return;
    last = key;
    onChange(result);
  };

  const trailingRead = () => {
    clearTimeout(trailing);
    trailing = setTimeout(() => {
      trailing = undefined;
      readNow();
    }, debounceMs);
  };

  /** DOM churn: the first change after a quiet period is read at once, the rest of a burst once at its end. */
  const onMutation = () => {
    const now = Date.now();
    const quiet = now >= quietUntil && trailing === undefined;
    quietUntil = now + debounceMs;
    if (quiet) queueMicrotask(readNow);
    else trailingRead();
  };

  /**
   * Navigation always reads at once: a hash change may fire popstate and then hashchange, and the SPA may
   * render on either, so neither may wait out a quiet window started by the other. A trailing read catches
   * views that render a moment later.
   */
  const onNavigation = () => {
    queueMicrotask(readNow);
    trailingRead();
  };

  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer(onMutation);
  observer.observe(win.document.documentElement, { childList: true, subtree: true });
  // Typing a recipient changes an input's value, which is no DOM mutation: listen for it too (debounced).
  win.document.addEventListener('input', trailingRead, { signal, capture: true });
  win.addEventListener('hashchange', onNavigation, { signal });
  win.addEventListener('popstate', onNavigation, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(trailing);
  });
  readNow();
}
