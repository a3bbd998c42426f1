import { describe, expect, it } from 'vitest';
import { createRng, hashSeed } from './prng';

describe('createRng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keeps int, pick, weighted and sample within their inputs', () => {
    const rng = createRng(hashSeed(1, 'helpers'));
    for (let i = 0; i < 1_000; i++) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
    expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    expect(
      rng.weighted([
        ['never', 0],
        ['always', 1],
      ]),
    ).toBe('always');
    const sample = rng.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
    expect(rng.chars('hex', 6)).toMatch(/^[0-9a-f]{6}$/);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('derives different sub-seeds from different keys', () => {
    expect(hashSeed(1, 'contact:1')).not.toBe(hashSeed(1, 'contact:2'));
    expect(hashSeed(1, 'x')).toBe(hashSeed(1, 'x'));
  });
});
