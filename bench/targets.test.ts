import { describe, expect, it } from 'vitest';
import type { BenchReport } from './bench-report';
import { evaluateTargets } from './targets';

const summary = (p50: number, p95: number) => ({ n: 10, p50, p95, mean: p50, max: p95 });

describe('evaluateTargets', () => {
  it('marks each target pass or miss, and unmeasured ones null', () => {
    const report = {
      ingest: { warm: { seconds: 0.01, written: false, embeddedTexts: 0 } },
      queries: { total: summary(20, 120), compose: summary(12, 30) },
      load: { errors: { count: 2, samples: [] }, latency: summary(500, 900), server: { peakRssMb: 300 } },
    } as unknown as Omit<BenchReport, 'targets' | 'durationSeconds'>;
    const byName = Object.fromEntries(evaluateTargets(report).map((t) => [t.name, t.pass]));
    expect(byName['Warm re-ingest (nothing changed)']).toBe(true);
    expect(byName['Query p50, in-process (retrieve + compose)']).toBe(true);
    expect(byName['Query p95, in-process']).toBe(false);
    expect(byName['Compose p50, in-process (extractive answer alone)']).toBe(false);
    expect(byName['Load: errors']).toBe(false);
    expect(byName['Load: p95 latency']).toBe(true);
    expect(byName['Websocket p50, send → answer-end']).toBeNull();
    expect(byName['Scale: HNSW recall@10 (by score, worst query set)']).toBeNull();
  });
});
