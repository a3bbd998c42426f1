/**
 * A tiny seeded PRNG so the demo workspace is identical on every install and in every test run.
 * Math.random() would make screenshots, tests and support conversations about "the Northwind demo" drift.
 */

/** mulberry32: 32-bit state, good enough spread for picking sample data, and a few lines with no dependency. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string key: derives independent sub-seeds ("contact 17") from one base seed. */
export function hashSeed(base: number, key: string): number {
  let hash = (0x811c9dc5 ^ base) >>> 0;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `count` distinct items in random order (fewer if the pool is smaller). */
  sample<T>(items: readonly T[], count: number): T[];
  chars(alphabet: 'alnum' | 'hex', length: number): string;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: (entries) => {
      // Plain loops: this runs thousands of times per workspace and sits on the first-install path.
      let total = 0;
      for (const entry of entries) total += entry[1];
      let roll = next() * total;
      for (const entry of entries) {
        roll -= entry[1];
        if (roll < 0) return entry[0];
      }
      const last = entries[entries.length - 1];
      if (!last) throw new RangeError('weighted pick from an empty list');
      return last[0];
    },
    sample: (items, count) => {
      // Partial Fisher-Yates on a copy: O(count), no bias.
      const pool = [...items];
      const take = Math.min(count, pool.length);
      for (let i = 0; i < take; i++) {
        const j = int(i, pool.length - 1);
        [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
      }
      return pool.slice(0, take);
    },
    chars: (alphabet, length) => {
      const source = alphabet === 'hex' ? HEX : ALNUM;
      let out = '';
      for (let i = 0; i < length; i++) out += source[int(0, source.length - 1)];
      return out;
    },
  };
}
