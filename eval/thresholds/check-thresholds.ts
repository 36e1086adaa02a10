import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { EvalError } from '../errors';
import type { SplitMetrics } from '../metrics/split-metrics';

/** A metric is named by its path in the split's metrics, e.g. `retrieval.hybrid.all.hitAt5` or `answers.factRecall`. */
const MetricPath = z.string().regex(/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+$/, 'a dotted metric path');
const Bounds = z.record(MetricPath, z.number().min(0).max(1));

export const ThresholdsSchema = z.strictObject({
  /** The split the thresholds apply to (the held-out test split). */
  split: z.enum(['dev', 'test']),
  note: z.string().optional(),
  /** The metric must be at least this. */
  min: Bounds.default({}),
  /** The metric must be at most this (e.g. wrong abstention). */
  max: Bounds.default({}),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export type ThresholdResult = { metric: string; bound: 'min' | 'max'; threshold: number; value: number | null; pass: boolean };
export type ThresholdReport = { split: 'dev' | 'test'; passed: boolean; results: ThresholdResult[] };

/** @throws EvalError EVAL_THRESHOLDS_INVALID when the file is unreadable or breaks the schema. */
export function loadThresholds(path: string): Thresholds {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new EvalError('EVAL_THRESHOLDS_INVALID', `Cannot read thresholds ${path}: ${(cause as Error).message}`, { cause });
  }
  const parsed = ThresholdsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new EvalError('EVAL_THRESHOLDS_INVALID', `Thresholds ${path} do not match the schema:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return parsed.data;
}

/**
 * Compares a split's metrics with the thresholds. A metric that was not measured (null) fails.
 * @throws EvalError EVAL_THRESHOLDS_INVALID when a threshold names a metric that does not exist.
 */
export function checkThresholds(thresholds: Thresholds, metrics: SplitMetrics): ThresholdReport {
  const results: ThresholdResult[] = [];
  for (const bound of ['min', 'max'] as const) {
    for (const [metric, threshold] of Object.entries(thresholds[bound])) {
      const value = metricValue(metrics, metric);
      const pass = value !== null && (bound === 'min' ? value >= threshold : value <= threshold);
      results.push({ metric, bound, threshold, value, pass });
    }
  }
  return { split: thresholds.split, passed: results.every((r) => r.pass), results };
}

/** The value at a dotted path of the metrics; null when not measured. */
export function metricValue(metrics: SplitMetrics, path: string): number | null {
  let node: unknown = metrics;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) {
      throw new EvalError('EVAL_THRESHOLDS_INVALID', `Threshold names an unknown metric: ${path}`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  if (node !== null && typeof node !== 'number') throw new EvalError('EVAL_THRESHOLDS_INVALID', `Threshold path ${path} is not a metric`);
  return node;
}

/** One line per threshold, failures first. */
export function formatThresholdReport(report: ThresholdReport): string {
  const sorted = [...report.results].sort((a, b) => Number(a.pass) - Number(b.pass));
  const lines = sorted.map((r) => {
    const value = r.value === null ? 'not measured' : r.value.toFixed(3);
    return `${r.pass ? 'ok  ' : 'FAIL'} ${r.metric} = ${value} (${r.bound === 'min' ? '≥' : '≤'} ${r.threshold})`;
  });
  const failed = report.results.filter((r) => !r.pass).length;
  const head = failed === 0 ? `All ${report.results.length} thresholds met on ${report.split}.` : `${failed} of ${report.results.length} thresholds failed on ${report.split}:`;
  return [head, ...lines].join('\n');
}
