import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportPage } from '../../lib/content/report-page';
import { runSendGuard } from '../../lib/content/send-guard-controller';
import { matchPatterns, SITE_HOSTS } from '../../lib/sites/hosts';
import { linkedinGuardSite } from '../../lib/sites/linkedin/guard-site';
import { createLinkedInReader } from '../../lib/sites/linkedin/read-context';

/** Read-only on LinkedIn pages, plus the send guard on messages: only the send-time dialog is ever drawn. */
export default defineContentScript({
  matches: matchPatterns(SITE_HOSTS.linkedin),
  runAt: 'document_idle',
  main(ctx) {
    // One memory per page: Sales Navigator shows a lead's public profile only while its menu is open.
    reportPage(createLinkedInReader(new Map()), ctx.signal);
    runSendGuard(document, linkedinGuardSite, ctx.signal, { checkBudgetMs: 2500, liveCheckDebounceMs: 600 });
  },
});
