/** The performance targets (2-core machine) and how a report measures up to each. Missing data gives pass: null. */
import type { BenchReport, TargetResult } from './bench-report';

const ms = (x: number) => `${Math.round(x * 10) / 10} ms`;
const mb = (x: number) => `${Math.round(x)} MB`;

function check(name: string, target: string, value: number | undefined, limit: number, higherIsBetter = false, format = ms): TargetResult {
  if (value === undefined || Number.isNaN(value)) return { name, target, measured: 'not measured', pass: null };
  return { name, target, measured: format(value), pass: higherIsBetter ? value >= limit : value <= limit };
}

export function evaluateTargets(report: Omit<BenchReport, 'targets' | 'durationSeconds'>): TargetResult[] {
  const { ingest, queries, websocket, load, scale } = report;
  const recall = scale ? Math.min(scale.recall.questions.byScore, scale.recall.units.byScore) : undefined;
  return [
    check('Warm re-ingest (nothing changed)', '≤ 2 s', ingest?.warm.seconds, 2, false, (s) => `${s.toFixed(3)} s${ingest?.warm.written ? ' (WROTE an index!)' : ''}`),
    check('Query p50, in-process (retrieve + compose)', '≤ 40 ms', queries?.total.p50, 40),
    check('Query p95, in-process', '≤ 100 ms', queries?.total.p95, 100),
    check('Compose p50, in-process (extractive answer alone)', '≤ 10 ms', queries?.compose.p50, 10),
    check('Websocket p50, send → answer-end', '≤ 60 ms', websocket?.latency.p50, 60),
    check('Load: errors', '0', load?.errors.count, 0, false, (n) => String(n)),
    check('Load: p95 latency', '≤ 1.5 s', load?.latency.p95, 1500),
    check('Scale: query p95, in-process', '≤ 150 ms', scale?.queries.total.p95, 150),
    check('Scale: HNSW recall@10 (by score, worst query set)', '≥ 0.98', recall, 0.98, true, (x) => x.toFixed(4)),
    check('RSS: server under load (peak)', '≤ 800 MB', load?.server.peakRssMb, 800, false, mb),
    check('RSS: server serving the scale index (peak)', '≤ 800 MB', scale?.server.peakRssMb, 800, false, mb),
    check('RSS: scale ingest (peak)', '≤ 800 MB', scale?.ingest.peakRssMb ?? undefined, 800, false, mb),
  ];
}
