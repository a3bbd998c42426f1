import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportPage } from '../../lib/content/report-page';
import { runSendGuard } from '../../lib/content/send-guard-controller';
import { matchPatterns, SITE_HOSTS } from '../../lib/sites/hosts';
import { linkedinGuardSite } from '../../lib/sites/linkedin/guard-site';
import { linkedinReader } from '../../lib/sites/linkedin/read-context';

/** Read-only on LinkedIn pages, plus the send guard on messages: only the send-time dialog is ever drawn. */
export default defineContentScript({
  matches: matchPatterns(SITE_HOSTS.linkedin),
  runAt: 'document_idle',
  main(ctx) {
    reportPage(linkedinReader, ctx.signal);
    runSendGuard(document, linkedinGuardSite, ctx.signal, { checkBudgetMs: 2500, liveCheckDebounceMs: 600 });
  },
});
