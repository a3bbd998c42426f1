import { watchPage } from '../dom/watch-page';
import { postPageContext } from '../messaging/post-from-content';
import type { SiteReader } from '../sites/site-reader';

/**
 * Runs a site reader for the life of the content script and reports each new reading to the background.
 * A failure here degrades the sidebar for this tab only; it never throws into the host page.
 */
export function reportPage(reader: SiteReader, signal: AbortSignal): void {
  const reportedMissing = new Set<string>();
  watchPage(
    reader,
    (result) => {
      for (const key of result.missing) {
        if (reportedMissing.has(key)) continue;
        reportedMissing.add(key);
        // Only the selector key: no page content, no addresses.
        console.warn(`[preflight] ${reader.site}: selector "${key}" matched nothing`);
      }
      postPageContext({
        type: 'page/context',
        context: { ...result.reading, observedAt: new Date().toISOString() },
      }).catch(() => {
        // The background may be restarting or the extension was updated; the next change reports again.
      });
    },
    signal,
  );
}
