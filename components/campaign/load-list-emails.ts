import { request } from '../../lib/messaging/client';
import { MAX_LIST_RECIPIENTS } from '../../lib/model/contact-list';

export interface ListLoadProgress {
  /** Members read so far (with or without an address). */
  loaded: number;
  /** Members in the list, when the CRM says. */
  total?: number;
}

export interface LoadedList {
  emails: string[];
  /** Members without a usable address (or deleted since they were added). */
  withoutEmail: number;
  /** Members the CRM failed to read. */
  unread: number;
  total?: number;
  /** The list is bigger than MAX_LIST_RECIPIENTS: only its first members were read. */
  truncated: boolean;
}

/** Why a list could not be read, in the background's fixed wording (e.g. "Reconnect HubSpot with list access…"). */
export class ListLoadError extends Error {
  override name = 'ListLoadError';
}

async function page(listId: string, after: string | undefined) {
  const message = { type: 'campaign/list-emails' as const, listId, ...(after ? { after } : {}) };
  try {
    return await request(message);
  } catch {
    // One retry, as for campaign chunks: a service worker that was just woken. A second failure is reported.
    return request(message);
  }
}

/**
 * Reads a list's member addresses page by page through the background, reporting progress after each page and
 * stopping when `signal` aborts (another list chosen) or at MAX_LIST_RECIPIENTS.
 */
export async function loadListEmails(
  listId: string,
  signal: AbortSignal,
  onProgress: (progress: ListLoadProgress) => void,
): Promise<LoadedList> {
  const out: LoadedList = { emails: [], withoutEmail: 0, unread: 0, truncated: false };
  let loaded = 0;
  let after: string | undefined;
  do {
    if (signal.aborted) throw new ListLoadError('Stopped.');
    let reply: Awaited<ReturnType<typeof page>>;
    try {
      reply = await page(listId, after);
    } catch {
      throw new ListLoadError('The background did not answer while the list was read. Try again.');
    }
    if (reply.status !== 'ok') throw new ListLoadError(reply.message);
    out.emails.push(...reply.emails);
    out.withoutEmail += reply.withoutEmail;
    out.unread += reply.unread;
    if (reply.total !== undefined) out.total = reply.total;
    loaded += reply.emails.length + reply.withoutEmail + reply.unread;
    onProgress({ loaded, ...(out.total !== undefined ? { total: out.total } : {}) });
    after = reply.next;
    if (after !== undefined && loaded >= MAX_LIST_RECIPIENTS) {
      out.truncated = true;
      break;
    }
  } while (after !== undefined);
  if (out.emails.length > MAX_LIST_RECIPIENTS) {
    out.emails.length = MAX_LIST_RECIPIENTS;
    out.truncated = true;
  }
  return out;
}
