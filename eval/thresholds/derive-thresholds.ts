import type { SplitMetrics } from '../metrics/split-metrics';
import { metricValue, type Thresholds } from './check-thresholds';

/** The metrics `--check` guards: our retrieval and every answer metric (baselines are for comparison only). */
export const GUARDED_MIN = [
  'retrieval.hybrid.all.hitAt1',
  'retrieval.hybrid.all.hitAt5',
  'retrieval.hybrid.all.mrr',
  'retrieval.hybrid.turn2.hitAt5',
  'answers.factRecall',
  'answers.citationAccuracy',
  'answers.citationRecall',
  'answers.citationPrecision',
  'answers.sentencesSupportedByOne',
  'answers.sentencesWithMarker',
  'answers.correctAbstention',
  'answers.followUpFactRecall',
] as const;
export const GUARDED_MAX = ['answers.wrongAbstention'] as const;

/** Margin under (over, for maxima) the measured value, so that noise-free reruns pass and regressions fail. */
export const THRESHOLD_MARGIN = 0.02;

const EPSILON = 1e-9;

/**
 * Thresholds just under the measured values: minimum = measured − 0.02 rounded down to two decimals,
 * maximum = measured + 0.02 rounded up. Metrics that were not measured are left out.
 */
export function deriveThresholds(metrics: SplitMetrics, note: string): Thresholds {
  const min: Record<string, number> = {};
  const max: Record<string, number> = {};
  for (const path of GUARDED_MIN) {
    const value = metricValue(metrics, path);
    if (value !== null) min[path] = Math.max(0, Math.floor((value - THRESHOLD_MARGIN) * 100 + EPSILON) / 100);
  }
  for (const path of GUARDED_MAX) {
    const value = metricValue(metrics, path);
    if (value !== null) max[path] = Math.min(1, Math.ceil((value + THRESHOLD_MARGIN) * 100 - EPSILON) / 100);
  }
  return { split: metrics.split, note, min, max };
}
