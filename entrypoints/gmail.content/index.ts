import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportPage } from '../../lib/content/report-page';
import { runSendGuard } from '../../lib/content/send-guard-controller';
import { gmailGuardSite } from '../../lib/sites/gmail/guard-site';
import { gmailReader } from '../../lib/sites/gmail/read-context';
import { matchPatterns, SITE_HOSTS } from '../../lib/sites/hosts';

/** Who is on screen (for the sidebar) and the pre-send guard, in Gmail's top frame. */
export default defineContentScript({
  matches: matchPatterns(SITE_HOSTS.gmail),
  runAt: 'document_idle',
  main(ctx) {
    reportPage(gmailReader, ctx.signal);
    runSendGuard(document, gmailGuardSite, ctx.signal, { checkBudgetMs: 2500, liveCheckDebounceMs: 600 });
  },
});
