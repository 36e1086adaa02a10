import { describe, expect, it } from 'vitest';
import { fuse } from './fusion';

const dense = [
  { label: 1, score: 0.9 },
  { label: 2, score: 0.5 },
  { label: 3, score: 0.4 },
];
const lexical = [
  { label: 2, score: 12 },
  { label: 4, score: 3 },
  { label: 3, score: 2 },
];
const ranking = (scores: Map<number, number>) => [...scores].sort((a, b) => b[1] - a[1]).map(([label]) => label);

describe('fuse', () => {
  it('convex: a passage far ahead on one side wins, scale differences do not matter', () => {
    const scores = fuse(dense, lexical, { method: 'convex', denseWeight: 0.4, depth: 50 });
    expect(ranking(scores)[0]).toBe(2);
    const scaled = fuse(dense, lexical.map((h) => ({ ...h, score: h.score * 1000 })), { method: 'convex', denseWeight: 0.4, depth: 50 });
    expect(ranking(scaled)).toEqual(ranking(scores));
  });

  it('convex: the weight moves the balance between the sides', () => {
    expect(ranking(fuse(dense, lexical, { method: 'convex', denseWeight: 1, depth: 50 }))[0]).toBe(1);
    expect(ranking(fuse(dense, lexical, { method: 'convex', denseWeight: 0, depth: 50 }))[0]).toBe(2);
  });

  it('convex: a passage missing from one list scores no better there than that list’s worst', () => {
    const scores = fuse(dense, lexical, { method: 'convex', denseWeight: 0.5, depth: 50 });
    expect(scores.get(4)!).toBeLessThan(scores.get(2)!);
    expect(new Set(scores.keys())).toEqual(new Set([1, 2, 3, 4]));
  });

  it('rrf: sums weight / (k + rank)', () => {
    const scores = fuse(dense, lexical, { method: 'rrf', denseWeight: 1, lexicalWeight: 1, k: 60, depth: 50 });
    expect(scores.get(2)).toBeCloseTo(1 / 62 + 1 / 61, 10);
    expect(scores.get(1)).toBeCloseTo(1 / 61, 10);
  });

  it('handles empty lists', () => {
    expect(fuse([], [], { method: 'convex', denseWeight: 0.4, depth: 50 }).size).toBe(0);
    expect(ranking(fuse([], lexical, { method: 'convex', denseWeight: 0.4, depth: 50 }))).toEqual([2, 4, 3]);
  });
});
