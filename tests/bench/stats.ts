/**
 * Summary statistics for benchmark samples. Percentiles use the nearest-rank method, so every reported percentile
 * is a sample that was actually observed: p95 of n values is the ceil(0.95 × n)-th smallest.
 */

export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
  max: number;
  mean: number;
}

function sortedCopy(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('No samples to summarise');
  for (const v of values) {
    if (!Number.isFinite(v)) throw new Error(`Not a finite sample: ${v}`);
  }
  return [...values].sort((a, b) => a - b);
}

/** Nearest-rank percentile, p in (0, 100]: the smallest sample with at least p % of the samples at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`Percentile must be in (0, 100], got ${p}`);
  const sorted = sortedCopy(values);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(rank, 1) - 1]!;
}

/** The usual median: the middle sample, or the mean of the two middle samples for an even count. */
export function median(values: readonly number[]): number {
  const sorted = sortedCopy(values);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function p95(values: readonly number[]): number {
  return percentile(values, 95);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = sortedCopy(values);
  return {
    n: sorted.length,
    min: sorted[0]!,
    median: median(sorted),
    p95: p95(sorted),
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
  };
}

/** Rounds for display and JSON: timings to 0.1 ms (below the browsers' timer precision anyway). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
