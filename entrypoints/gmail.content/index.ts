import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportPage } from '../../lib/content/report-page';
import { gmailReader } from '../../lib/sites/gmail/read-context';
import { matchPatterns, SITE_HOSTS } from '../../lib/sites/hosts';

export default defineContentScript({
  matches: matchPatterns(SITE_HOSTS.gmail),
  runAt: 'document_idle',
  main(ctx) {
    reportPage(gmailReader, ctx.signal);
  },
});
