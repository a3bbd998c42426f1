import { describe, expect, it } from 'vitest';
import { median, p95, percentile, round, summarize } from '../bench/stats';

describe('benchmark statistics', () => {
  it('takes the median of an odd count as the middle sample, of an even count as the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('computes p95 by nearest rank: the ceil(0.95 n)-th smallest sample', () => {
    const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(p95(oneToTwenty)).toBe(19); // ceil(19) = 19th
    const oneToTwentyFive = Array.from({ length: 25 }, (_, i) => i + 1);
    expect(p95(oneToTwentyFive)).toBe(24); // ceil(23.75) = 24th
    const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(p95(oneToHundred)).toBe(95);
    expect(p95([42])).toBe(42);
  });

  it('reports an observed sample for every percentile, whatever the input order', () => {
    const samples = [30, 10, 250, 20, 40];
    expect(percentile(samples, 100)).toBe(250);
    expect(percentile(samples, 50)).toBe(30);
    expect(percentile(samples, 1)).toBe(10);
    expect(p95(samples)).toBe(250);
  });

  it('summarises n, min, median, p95, max and mean without reordering the input', () => {
    const samples = [12, 8, 30, 10];
    expect(summarize(samples)).toEqual({ n: 4, min: 8, median: 11, p95: 30, max: 30, mean: 15 });
    expect(samples).toEqual([12, 8, 30, 10]);
  });

  it('refuses empty or non-finite samples and out-of-range percentiles', () => {
    expect(() => summarize([])).toThrow(/No samples/);
    expect(() => median([1, Number.NaN])).toThrow(/finite/);
    expect(() => p95([1, Number.POSITIVE_INFINITY])).toThrow(/finite/);
    expect(() => percentile([1], 0)).toThrow(/Percentile/);
    expect(() => percentile([1], 101)).toThrow(/Percentile/);
  });

  it('rounds for display', () => {
    expect(round(12.345)).toBe(12.3);
    expect(round(12.35, 0)).toBe(12);
  });
});
