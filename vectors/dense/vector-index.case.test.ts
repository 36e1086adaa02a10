import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { VectorIndex } from '../types';
import { BruteForceIndex } from './brute-force-index';
import { HnswIndex } from './hnsw-index';
import { seededRandom } from '../seeded-random';

/** One case suite, run against every VectorIndex implementation (cf. hono's router cases). */
type Implementation = {
  name: string;
  create: (dimension: number) => VectorIndex;
  load: (dir: string) => Promise<VectorIndex>;
};

const implementations: Implementation[] = [
  { name: 'brute-force', create: (d) => new BruteForceIndex(d), load: (dir) => BruteForceIndex.load(dir) },
  { name: 'hnsw', create: (d) => new HnswIndex(d, undefined, 4), load: (dir) => HnswIndex.load(dir) },
];

function unit(v: number[]): number[] {
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** Deterministic pseudo-random unit vectors. */
function randomVectors(count: number, dimension: number, seed = 7): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => unit(Array.from({ length: dimension }, () => random() - 0.5)));
}

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe.each(implementations)('VectorIndex: $name', ({ create, load }) => {
  it('finds the exact vector first with score 1', () => {
    const index = create(3);
    index.add(0, unit([1, 0, 0]));
    index.add(1, unit([0, 1, 0]));
    index.add(2, unit([1, 1, 0]));
    const hits = index.search(unit([1, 0, 0]), 3);
    expect(hits[0].label).toBe(0);
    expect(hits[0].score).toBeCloseTo(1, 5);
    expect(hits.map((h) => h.label)).toEqual([0, 2, 1]);
    expect(hits[1].score).toBeCloseTo(Math.SQRT1_2, 5);
  });

  it('returns at most k hits, and no more than it holds', () => {
    const index = create(3);
    index.add(0, unit([1, 0, 0]));
    index.add(1, unit([0, 1, 0]));
    expect(index.search(unit([1, 0, 0]), 1)).toHaveLength(1);
    expect(index.search(unit([1, 0, 0]), 10)).toHaveLength(2);
    expect(create(3).search(unit([1, 0, 0]), 5)).toEqual([]);
  });

  it('grows past its initial capacity', () => {
    const index = create(16);
    const vectors = randomVectors(300, 16);
    vectors.forEach((v, i) => index.add(i, v));
    expect(index.size).toBe(300);
    expect(index.search(vectors[123], 1)[0].label).toBe(123);
  });

  it('never returns a removed vector', () => {
    const index = create(3);
    index.add(0, unit([1, 0, 0]));
    index.add(1, unit([0.9, 0.1, 0]));
    index.remove(0);
    expect(index.size).toBe(1);
    expect(index.search(unit([1, 0, 0]), 5).map((h) => h.label)).toEqual([1]);
  });

  it('returns a stored vector by label', () => {
    const index = create(3);
    index.add(7, unit([1, 2, 2]));
    index.getVector(7).forEach((x, i) => expect(x).toBeCloseTo(unit([1, 2, 2])[i], 6));
  });

  it('rejects a vector of the wrong dimension', () => {
    expect(() => create(3).add(0, [1, 0])).toThrow(/dimensions/);
  });

  it('agrees with exact search on random data (recall@10 ≥ 0.95)', () => {
    const vectors = randomVectors(1000, 32, 11);
    const index = create(32);
    const exact = new BruteForceIndex(32);
    vectors.forEach((v, i) => {
      index.add(i, v);
      exact.add(i, v);
    });
    const queries = randomVectors(50, 32, 99);
    let found = 0;
    for (const q of queries) {
      const truth = new Set(exact.search(q, 10).map((h) => h.label));
      found += index.search(q, 10).filter((h) => truth.has(h.label)).length;
    }
    expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds vectors stored many times over: recall@10 by score ≥ 0.98', () => {
    // A corpus that repeats its sentences holds many identical vectors, which tie with each other; a hit
    // counts when it scores at least the exact 10th best.
    const distinct = randomVectors(100, 32, 5);
    const index = create(32);
    const exact = new BruteForceIndex(32);
    let label = 0;
    for (let copy = 0; copy < 40; copy++) {
      for (const v of distinct) {
        index.add(label, v);
        exact.add(label++, v);
      }
    }
    expect(index.size).toBe(4000);
    const queries = randomVectors(50, 32, 77);
    let found = 0;
    for (const q of queries) {
      const tenth = exact.search(q, 10)[9].score;
      const hits = index.search(q, 10);
      expect(hits).toHaveLength(10);
      found += hits.filter((h) => exact.getVector(h.label).reduce((sum, x, i) => sum + x * q[i], 0) >= tenth - 1e-6).length;
    }
    expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps the other copies of a vector when one is removed', () => {
    const index = create(3);
    const v = unit([1, 0, 0]);
    index.add(0, v);
    index.add(1, v);
    index.add(2, unit([0, 1, 0]));
    index.remove(0);
    expect(index.size).toBe(2);
    expect(index.search(v, 1)).toEqual([{ label: 1, score: expect.closeTo(1, 5) }]);
    index.remove(1);
    expect(index.search(v, 5).map((h) => h.label)).toEqual([2]);
  });

  it('saves and loads with identical results', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vector-index-'));
    dirs.push(dir);
    const vectors = randomVectors(200, 8, 3);
    const index = create(8);
    vectors.forEach((v, i) => index.add(i, v));
    await index.save(dir);
    const loaded = await load(dir);
    expect(loaded.size).toBe(200);
    for (const q of vectors.slice(0, 5)) expect(loaded.search(q, 5)).toEqual(index.search(q, 5));
  });
});
