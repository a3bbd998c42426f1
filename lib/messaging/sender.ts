import { hostMatches } from '../sites/hosts';
import type { SenderKind } from './protocol';

/** The parts of runtime.MessageSender the router relies on (Chrome and Firefox both provide them). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface SenderPolicy {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionBaseUrl: string;
  /** Hosts whose pages run our content scripts: 'mail.google.com' or '*.linkedin.com'. */
  contentHosts: readonly string[];
}

/**
 * Decides what a sender is, or undefined when it is nothing we trust. Content scripts share a process with
 * the page, so their messages are accepted only from the top frame of an https page on our own hosts.
 */
export function classifySender(sender: MessageSenderLike, policy: SenderPolicy): SenderKind | undefined {
  if (sender.id !== policy.extensionId) return undefined;
  const url = parseUrl(sender.url);
  if (!url) return undefined;
  if (url.href.startsWith(policy.extensionBaseUrl)) return 'extension';
  if (url.protocol !== 'https:') return undefined;
  if (sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
  return policy.contentHosts.some((host) => hostMatches(url.hostname, host)) ? 'content' : undefined;
}

function parseUrl(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}
