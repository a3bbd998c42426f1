import type { HttpErrorKind, Result } from './result';

/** Splits `items` into chunks of at most `size`. */
export function inChunks<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('chunk size must be a positive integer');
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** One entry of a HubSpot batch response's `errors[]` (status 207). */
export interface HubSpotBatchError {
  status?: string;
  category?: string;
  message?: string;
  context?: Record<string, readonly string[] | undefined>;
}

export interface BatchChunkData<R> {
  results: readonly R[];
  errors?: readonly HubSpotBatchError[];
}

/** Why we could not tell about an item. The caller must treat it as unknown, never as "nothing there". */
export type UnknownReason =
  | { reason: 'chunk_failed'; kind: HttpErrorKind; status?: number }
  | { reason: 'item_error'; category?: string }
  | { reason: 'missing' };

export interface BatchOutcome<R> {
  ok: Map<string, R>;
  unknown: Map<string, UnknownReason>;
}

export interface RunBatchesOptions<I, R> {
  items: readonly I[];
  /** Key of an input item (e.g. the id or the lowercased email sent to HubSpot). */
  keyOf: (item: I) => string;
  /** Key of a result, matching `keyOf` of the item it answers. */
  resultKey: (result: R) => string;
  fetchChunk: (chunk: I[]) => Promise<Result<BatchChunkData<R>>>;
  /** HubSpot batch endpoints take at most 100 inputs. */
  size?: number;
  /** Chunks in flight at once, clamped to 1–6 (the limiter paces them anyway). */
  concurrency?: number;
  /** Keys named by an error entry; defaults to `context.ids`. */
  errorKeys?: (error: HubSpotBatchError) => readonly string[];
  /** Retry once the items that failed for a transient reason (whole-chunk 429/5xx/network/timeout). Default true. */
  retryFailedOnce?: boolean;
}

const TRANSIENT: ReadonlySet<HttpErrorKind> = new Set(['rate_limited', 'server', 'network', 'timeout']);

async function pool<T>(tasks: readonly T[], concurrency: number, run: (task: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++] as T;
      await run(task);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
}

/**
 * Runs a batch read in chunks and merges the good part; every item that is not in a result is marked unknown
 * (a 207 `errors[]` entry, a failed chunk, or silently missing).
 */
export async function runBatches<I, R>(options: RunBatchesOptions<I, R>): Promise<BatchOutcome<R>> {
  const size = options.size ?? 100;
  const concurrency = Math.min(6, Math.max(1, Math.floor(options.concurrency ?? 3)));
  const errorKeys = options.errorKeys ?? ((e: HubSpotBatchError) => e.context?.ids ?? []);
  const outcome: BatchOutcome<R> = { ok: new Map(), unknown: new Map() };

  const runChunk = async (chunk: I[]) => {
    const keys = chunk.map(options.keyOf);
    let result: Result<BatchChunkData<R>>;
    try {
      result = await options.fetchChunk(chunk);
    } catch {
      result = { ok: false, error: { kind: 'network', message: 'batch chunk threw' } };
    }
    if (!result.ok) {
      const reason: UnknownReason = { reason: 'chunk_failed', kind: result.error.kind, status: result.error.status };
      for (const key of keys) if (!outcome.ok.has(key)) outcome.unknown.set(key, reason);
      return;
    }
    const wanted = new Set(keys);
    for (const r of result.data.results) {
      const key = options.resultKey(r);
      if (!wanted.has(key)) continue;
      outcome.ok.set(key, r);
      outcome.unknown.delete(key);
    }
    for (const error of result.data.errors ?? []) {
      for (const key of errorKeys(error)) {
        if (wanted.has(key) && !outcome.ok.has(key)) {
          outcome.unknown.set(key, { reason: 'item_error', category: error.category });
        }
      }
    }
    for (const key of keys) {
      if (!outcome.ok.has(key) && !outcome.unknown.has(key)) outcome.unknown.set(key, { reason: 'missing' });
    }
  };

  await pool(inChunks(options.items, size), concurrency, runChunk);

  if (options.retryFailedOnce ?? true) {
    const again = options.items.filter((item) => {
      const u = outcome.unknown.get(options.keyOf(item));
      return u?.reason === 'chunk_failed' && TRANSIENT.has(u.kind);
    });
    if (again.length > 0) await pool(inChunks(again, size), concurrency, runChunk);
  }
  return outcome;
}
