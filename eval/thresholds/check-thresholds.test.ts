import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioResults } from '../../test-support/eval-scenario';
import { GOLD_DIR } from '../gold/schema';
import { checkThresholds, formatThresholdReport, loadThresholds, metricValue } from './check-thresholds';
import { deriveThresholds } from './derive-thresholds';

describe('checkThresholds', async () => {
  const { results } = await scenarioResults();
  const test = results.splits.find((s) => s.split === 'test')!;
  const dev = results.splits.find((s) => s.split === 'dev')!;

  it('passes a metric at or above its minimum and at or below its maximum', () => {
    const report = checkThresholds({ split: 'test', min: { 'answers.factRecall': 1 }, max: { 'answers.wrongAbstention': 0 } }, test);
    expect(report.passed).toBe(true);
    expect(formatThresholdReport(report)).toMatch(/^All 2 thresholds met on test\./);
  });

  it('fails a metric below its minimum, above its maximum, or not measured, and lists failures first', () => {
    const report = checkThresholds(
      { split: 'test', min: { 'answers.factRecall': 0.5, 'answers.citationAccuracy': 0.1, 'answers.followUpFactRecall': 0.1 }, max: { 'answers.wrongAbstention': 0.2 } },
      { ...test, answers: { ...test.answers, wrongAbstention: 0.25 } },
    );
    expect(report.passed).toBe(false);
    expect(report.results.filter((r) => !r.pass).map((r) => r.metric)).toEqual(['answers.citationAccuracy', 'answers.followUpFactRecall', 'answers.wrongAbstention']);
    const lines = formatThresholdReport(report).split('\n');
    expect(lines[0]).toBe('3 of 4 thresholds failed on test:');
    expect(lines[1]).toBe('FAIL answers.citationAccuracy = 0.000 (≥ 0.1)');
    expect(lines[2]).toBe('FAIL answers.followUpFactRecall = not measured (≥ 0.1)');
    expect(lines.at(-1)).toBe('ok   answers.factRecall = 1.000 (≥ 0.5)');
  });

  it('rejects a threshold on a metric that does not exist', () => {
    expect(() => metricValue(test, 'answers.nope')).toThrow(expect.objectContaining({ code: 'EVAL_THRESHOLDS_INVALID' }));
    expect(() => metricValue(test, 'answers.n')).toThrow(expect.objectContaining({ code: 'EVAL_THRESHOLDS_INVALID' }));
  });

  it('loads the shipped thresholds: test split, every path a real metric of ours', () => {
    const shipped = loadThresholds(resolve(GOLD_DIR, '../thresholds.json'));
    expect(shipped.split).toBe('test');
    expect(Object.keys(shipped.min).length).toBeGreaterThan(5);
    expect(Object.keys(shipped.max)).toContain('answers.wrongAbstention');
    const renamed = { ...dev, retrieval: { hybrid: dev.retrieval.a } };
    for (const path of [...Object.keys(shipped.min), ...Object.keys(shipped.max)]) expect(() => metricValue(renamed, path)).not.toThrow();
  });

  it('rejects an unreadable or malformed thresholds file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-thresholds-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ split: 'test', min: { 'answers.factRecall': 2 } }));
    writeFileSync(join(dir, 'broken.json'), '{');
    for (const name of ['bad.json', 'broken.json', 'missing.json']) {
      expect(() => loadThresholds(join(dir, name))).toThrow(expect.objectContaining({ code: 'EVAL_THRESHOLDS_INVALID' }));
    }
  });
});

describe('deriveThresholds', async () => {
  const { results } = await scenarioResults();
  const test = results.splits.find((s) => s.split === 'test')!;

  it('sets minima 0.02 under the measured value rounded down, maxima 0.02 over rounded up, and skips unmeasured metrics', () => {
    const metrics = {
      ...test,
      retrieval: { hybrid: test.retrieval.a },
      answers: { ...test.answers, factRecall: 0.8, citationAccuracy: 0.6666, wrongAbstention: 0.2345 },
    };
    const derived = deriveThresholds(metrics, 'n');
    expect(derived.min['answers.factRecall']).toBe(0.78);
    expect(derived.min['answers.citationAccuracy']).toBe(0.64);
    expect(derived.min['answers.correctAbstention']).toBe(0);
    expect(derived.max['answers.wrongAbstention']).toBe(0.26);
    expect(derived.min).not.toHaveProperty('answers.followUpFactRecall');
    expect(checkThresholds(derived, metrics).passed).toBe(true);
  });
});
