import type { Draft } from '../../model/draft';
import { findMessageForm, readLinkedInDraft } from './read-message';
import { installLinkedInSendGuard, type LinkedInSendAttempt } from './send-guard';

/** LinkedIn's part of the send guard. No banner: nothing is drawn on LinkedIn pages but the send-time dialog. */
export const linkedinGuardSite = {
  install(doc: Document, signal: AbortSignal, onAttempt: (attempt: LinkedInSendAttempt) => void): void {
    installLinkedInSendGuard(doc, signal, onAttempt);
  },
  readDraft(compose: Element, doc: Document): Draft {
    return readLinkedInDraft(compose, doc);
  },
  composeOf(target: Element): Element | undefined {
    return findMessageForm(target);
  },
};
