/** Latency summaries: nearest-rank percentiles over milliseconds. */
import { performance } from 'node:perf_hooks';
import { percentile as nearestRank } from '../eval/metrics/mean';

export type LatencySummary = { n: number; p50: number; p95: number; mean: number; max: number };

/** Nearest-rank percentile (p in 0..100) of `values`; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  return nearestRank(values, p) ?? Number.NaN;
}

export function summarize(values: readonly number[]): LatencySummary {
  const round2 = (x: number) => round(x, 2);
  const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
  return {
    n: values.length,
    p50: round2(percentile(values, 50)),
    p95: round2(percentile(values, 95)),
    mean: round2(mean),
    max: round2(values.length ? Math.max(...values) : Number.NaN),
  };
}

/** Runs `fn` and returns its result with the elapsed milliseconds. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
