import { describe, expect, it } from 'vitest';
import { BruteForceIndex } from '../vectors/dense/brute-force-index';
import { recallAtK } from './hnsw-recall';

const unit = (v: number[]) => {
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
};

describe('recallAtK', () => {
  const vectors = [unit([1, 0, 0]), unit([1, 0, 0]), unit([1, 0, 0]), unit([0, 1, 0]), unit([0, 0, 1])].map((v) => Float32Array.from(v));
  const exact = new BruteForceIndex(3);
  vectors.forEach((v, i) => exact.add(i, Array.from(v)));

  it('gives 1 for exact search', () => {
    expect(recallAtK(vectors, (q, k) => exact.search(q, k), [unit([1, 0.1, 0])], 2)).toMatchObject({ byScore: 1, byLabel: 1 });
  });

  it('counts a tied duplicate as found by score but not by label', () => {
    // The exact top 2 are labels 0 and 1 (ties broken by label); label 2 is an identical vector.
    const result = recallAtK(vectors, () => [{ label: 2, score: 1 }, { label: 0, score: 1 }], [unit([1, 0, 0])], 2);
    expect(result.byScore).toBe(1);
    expect(result.byLabel).toBe(0.5);
    expect(result.meanQualifying).toBe(3);
  });

  it('counts a worse vector and a missing slot as misses', () => {
    const result = recallAtK(vectors, () => [{ label: 3, score: 0 }], [unit([1, 0, 0])], 2);
    expect(result.byScore).toBe(0);
  });
});
