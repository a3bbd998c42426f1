import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportPage } from '../../lib/content/report-page';
import { matchPatterns, SITE_HOSTS } from '../../lib/sites/hosts';
import { linkedinReader } from '../../lib/sites/linkedin/read-context';

/** Read-only on LinkedIn: nothing is drawn on its pages (its terms forbid overlays). */
export default defineContentScript({
  matches: matchPatterns(SITE_HOSTS.linkedin),
  runAt: 'document_idle',
  main(ctx) {
    reportPage(linkedinReader, ctx.signal);
  },
});
