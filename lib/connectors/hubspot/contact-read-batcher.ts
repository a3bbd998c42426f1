import type { HubSpotClient, Timers } from './http/client';
import type { HttpError } from './http/result';
import { notFoundInputs } from './map-contacts';
import { BatchReadResponse, HubSpotContact } from './payloads';

export type ContactIdProperty = 'email' | 'hs_object_id';

export type ContactReadAnswer =
  | { kind: 'found'; raw: unknown }
  | { kind: 'not_found' }
  /** The call failed, or HubSpot listed this input under an error other than not-found: unknown. */
  | { kind: 'failed'; error: Pick<HttpError, 'kind' | 'status'> };

export interface ContactReadBatcher {
  read(key: string, idProperty: ContactIdProperty): Promise<ContactReadAnswer>;
}

/** Most inputs HubSpot takes in one batch read. */
const MAX_INPUTS = 100;

interface Waiting {
  resolve: (answer: ContactReadAnswer) => void;
}

/**
 * Coalesces single-contact reads that arrive within `windowMs` of each other (two sidebars, a draft with several
 * unknown recipients) into one `POST /crm/v3/objects/contacts/batch/read` of up to 100 inputs, and answers each
 * caller from it. Same key twice in a window → one input, both callers answered.
 */
export function createContactReadBatcher(options: {
  client: HubSpotClient;
  properties: readonly string[];
  windowMs?: number;
  timers?: Timers;
}): ContactReadBatcher {
  const windowMs = options.windowMs ?? 15;
  const timers: Timers = options.timers ?? {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const queues = new Map<ContactIdProperty, { waiting: Map<string, Waiting[]>; timer: unknown }>();

  function flush(idProperty: ContactIdProperty): void {
    const queue = queues.get(idProperty);
    if (!queue) return;
    queues.delete(idProperty);
    timers.clearTimeout(queue.timer);
    const entries = [...queue.waiting.entries()];
    for (let i = 0; i < entries.length; i += MAX_INPUTS) void send(idProperty, entries.slice(i, i + MAX_INPUTS));
  }

  async function send(idProperty: ContactIdProperty, entries: [string, Waiting[]][]): Promise<void> {
    const answerAll = (answerFor: (key: string) => ContactReadAnswer) => {
      for (const [key, waiters] of entries) for (const w of waiters) w.resolve(answerFor(key));
    };
    let result;
    try {
      result = await options.client.request({
        method: 'POST',
        path: '/crm/v3/objects/contacts/batch/read',
        body: { idProperty, properties: options.properties, inputs: entries.map(([id]) => ({ id })) },
        schema: BatchReadResponse,
      });
    } catch {
      return answerAll(() => ({ kind: 'failed', error: { kind: 'network' } }));
    }
    if (!result.ok) {
      const { kind, status } = result.error;
      return answerAll(() => ({ kind: 'failed', error: { kind, ...(status !== undefined ? { status } : {}) } }));
    }
    const byKey = new Map<string, unknown>();
    for (const raw of result.data.results) {
      const parsed = HubSpotContact.safeParse(raw);
      if (!parsed.success) continue;
      const key = idProperty === 'email' ? parsed.data.properties.email?.trim().toLowerCase() : parsed.data.id;
      if (key) byKey.set(key, raw);
    }
    const notFound = new Set(notFoundInputs(result.data).map((id) => id.toLowerCase()));
    const status = result.status;
    answerAll((key) => {
      const raw = byKey.get(key);
      if (raw !== undefined) return { kind: 'found', raw };
      if (notFound.has(key)) return { kind: 'not_found' };
      // Neither a record nor a not-found entry (an INTERNAL_ERROR for this input, a record that did not parse).
      return { kind: 'failed', error: { kind: 'server', status } };
    });
  }

  return {
    read(rawKey, idProperty) {
      const key = idProperty === 'email' ? rawKey.trim().toLowerCase() : rawKey;
      return new Promise<ContactReadAnswer>((resolve) => {
        let queue = queues.get(idProperty);
        if (!queue) {
          queue = { waiting: new Map(), timer: timers.setTimeout(() => flush(idProperty), windowMs) };
          queues.set(idProperty, queue);
        }
        const waiters = queue.waiting.get(key) ?? [];
        waiters.push({ resolve });
        queue.waiting.set(key, waiters);
        if (queue.waiting.size >= MAX_INPUTS) flush(idProperty);
      });
    },
  };
}
