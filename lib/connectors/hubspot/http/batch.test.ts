import { describe, expect, it, vi } from 'vitest';
import { inChunks, runBatches, type BatchChunkData } from './batch';
import type { Result } from './result';

type Rec = { id: string };
const ids = Array.from({ length: 100 }, (_, i) => `id${i}`);

describe('inChunks', () => {
  it('splits into chunks of at most size', () => {
    expect(inChunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(inChunks([], 100)).toEqual([]);
    expect(() => inChunks([1], 0)).toThrow(RangeError);
  });
});

describe('runBatches', () => {
  it('merges 97 ok and marks the 3 ids of a 207 errors[] unknown', async () => {
    const failing = new Set(['id3', 'id50', 'id99']);
    const fetchChunk = vi.fn(async (chunk: string[]): Promise<Result<BatchChunkData<Rec>>> => ({
      ok: true,
      status: 207,
      data: {
        results: chunk.filter((id) => !failing.has(id)).map((id) => ({ id })),
        errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', context: { ids: [...failing] } }],
      },
    }));
    const out = await runBatches({ items: ids, keyOf: (id) => id, resultKey: (r: Rec) => r.id, fetchChunk, size: 100 });
    expect(fetchChunk).toHaveBeenCalledTimes(1);
    expect(out.ok.size).toBe(97);
    expect(out.unknown.size).toBe(3);
    expect(out.unknown.get('id50')).toEqual({ reason: 'item_error', category: 'OBJECT_NOT_FOUND' });
  });

  it('chunks, limits concurrency, marks a failed chunk unknown and retries it once', async () => {
    let active = 0;
    let peak = 0;
    let failedOnce = false;
    const fetchChunk = vi.fn(async (chunk: string[]): Promise<Result<BatchChunkData<Rec>>> => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 1));
      active--;
      if (chunk[0] === 'id20' && !failedOnce) {
        failedOnce = true;
        return { ok: false, error: { kind: 'server', status: 503, message: 'x' } };
      }
      if (chunk[0] === 'id40') return { ok: false, error: { kind: 'client', status: 400, message: 'x' } };
      return { ok: true, status: 200, data: { results: chunk.slice(1).map((id) => ({ id })) } };
    });
    const out = await runBatches({
      items: ids,
      keyOf: (id) => id,
      resultKey: (r: Rec) => r.id,
      fetchChunk,
      size: 10,
      concurrency: 2,
    });
    expect(peak).toBeLessThanOrEqual(2);
    expect(fetchChunk).toHaveBeenCalledTimes(11); // 10 chunks + 1 retry of the 5xx chunk
    expect(out.unknown.get('id41')).toEqual({ reason: 'chunk_failed', kind: 'client', status: 400 });
    expect(out.ok.has('id21')).toBe(true);
    expect(out.unknown.get('id0')).toEqual({ reason: 'missing' });
    expect(out.ok.size + out.unknown.size).toBe(100);
    expect(out.unknown.size).toBe(9 + 10); // first of each of the 9 good chunks + the 400 chunk
  });

  it('a thrown fetchChunk marks its items unknown instead of rejecting', async () => {
    const out = await runBatches({
      items: ['a', 'b'],
      keyOf: (id) => id,
      resultKey: (r: Rec) => r.id,
      fetchChunk: async () => {
        throw new Error('boom');
      },
      retryFailedOnce: false,
    });
    expect(out.ok.size).toBe(0);
    expect(out.unknown.get('a')).toMatchObject({ reason: 'chunk_failed', kind: 'network' });
  });
});
