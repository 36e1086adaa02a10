/** Mean of the values, or null for none (a metric over nothing is "not measured", not 0). */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Share of the values that are true, or null for none. */
export function share(values: readonly boolean[]): number | null {
  return mean(values.map((v) => (v ? 1 : 0)));
}

/** Nearest-rank percentile (p in 0..100), or null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
