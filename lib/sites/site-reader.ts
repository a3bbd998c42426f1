import type { PageContext, Site } from '../model/page-context';

/** What a site reader extracts from the page: the context minus the time it was observed. */
export type PageReading = Omit<PageContext, 'observedAt'>;

export interface ReadResult {
  reading: PageReading;
  /**
   * Keys of selectors (from the site's selectors.ts) that matched nothing although the view needed them.
   * Reported without any page content so a broken selector can be noticed without leaking PII.
   */
  missing: string[];
}

/** A pure function of the document and its URL; no extension APIs, no storage, no network. */
export interface SiteReader {
  site: Site;
  matches(url: URL): boolean;
  read(doc: Document, url: URL): ReadResult;
}
