import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportPage } from '../../lib/content/report-page';
import { hubspotReader } from '../../lib/sites/hubspot/read-context';
import { matchPatterns, SITE_HOSTS } from '../../lib/sites/hosts';
import { salesforceReader } from '../../lib/sites/salesforce/read-context';

/** One script for both CRMs' record pages; each page picks the reader for its host. */
export default defineContentScript({
  matches: matchPatterns([...SITE_HOSTS.hubspot, ...SITE_HOSTS.salesforce]),
  runAt: 'document_idle',
  main(ctx) {
    const url = new URL(location.href);
    const reader = [hubspotReader, salesforceReader].find((r) => r.matches(url));
    if (reader) reportPage(reader, ctx.signal);
  },
});
