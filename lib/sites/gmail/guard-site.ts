import type { Draft } from '../../model/draft';
import { findComposeRoot, readDraft } from './read-compose';
import { installGmailSendGuard, type SendAttempt } from './send-guard';

/** Gmail's part of the send guard: interception, draft reading, and where the compose banner goes. */
export const gmailGuardSite = {
  install(doc: Document, signal: AbortSignal, onAttempt: (attempt: SendAttempt) => void): void {
    installGmailSendGuard(doc, signal, onAttempt);
  },
  readDraft(compose: Element): Draft {
    return readDraft(compose);
  },
  composeOf(target: Element): Element | undefined {
    return findComposeRoot(target);
  },
  /** Top of the compose form: above the recipients, where the rep looks while writing. */
  bannerAnchor(compose: Element): Element | undefined {
    return compose.querySelector('form') ?? compose;
  },
};
