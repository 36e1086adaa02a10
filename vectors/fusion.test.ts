import { describe, expect, it } from 'vitest';
import { DEFAULT_FUSION, fuse, type Fusion } from './fusion';

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
const lists = { dense, lexical, sentenceLexical: [] };
const convex = (d: number, l: number): Fusion => ({ method: 'convex', weights: { dense: d, lexical: l, sentenceLexical: 0 }, depth: 50 });
const ranking = (scores: Map<number, number>) => [...scores].sort((a, b) => b[1] - a[1]).map(([label]) => label);

describe('fuse', () => {
  it('convex: a passage far ahead on one side wins, and the scale of raw scores does not matter', () => {
    const scores = fuse(lists, convex(0.4, 0.6));
    expect(ranking(scores)[0]).toBe(2);
    const scaled = fuse({ ...lists, lexical: lexical.map((h) => ({ ...h, score: h.score * 1000 })) }, convex(0.4, 0.6));
    expect(ranking(scaled)).toEqual(ranking(scores));
  });

  it('convex: the weights move the balance between the signals', () => {
    expect(ranking(fuse(lists, convex(1, 0)))[0]).toBe(1);
    expect(ranking(fuse(lists, convex(0, 1)))[0]).toBe(2);
  });

  it('convex: a passage missing from a list scores no better there than that list’s worst', () => {
    const scores = fuse(lists, convex(0.5, 0.5));
    expect(scores.get(4)!).toBeLessThan(scores.get(2)!);
    expect(new Set(scores.keys())).toEqual(new Set([1, 2, 3, 4]));
  });

  it('convex: a third signal (best sentence) can lift a passage', () => {
    const withSentences = { ...lists, sentenceLexical: [{ label: 3, score: 9 }, { label: 2, score: 1 }, { label: 4, score: 0.5 }] };
    const f: Fusion = { method: 'convex', weights: { dense: 0.2, lexical: 0.2, sentenceLexical: 0.6 }, depth: 50 };
    expect(ranking(fuse(withSentences, f))[0]).toBe(3);
  });

  it('convex: a word only one passage has lifts that passage above the passages without it', () => {
    const nearTie = [
      { label: 1, score: 0.52 },
      { label: 2, score: 0.5 },
      { label: 3, score: 0.3 },
    ];
    const lists = { dense: nearTie, lexical: [{ label: 2, score: 7 }], sentenceLexical: [{ label: 2, score: 4 }] };
    const scores = fuse(lists, DEFAULT_FUSION, new Set(['lexical', 'sentenceLexical']));
    expect(ranking(scores)[0]).toBe(2);
  });

  it('convex: word-vector sentences count at their weight, and not at all without one', () => {
    const wordVectors = [{ label: 3, score: 0.9 }, { label: 1, score: 0.2 }, { label: 2, score: 0.1 }, { label: 4, score: 0 }];
    const weighted: Fusion = { method: 'convex', weights: { dense: 0.2, lexical: 0.2, wordVectors: 0.6 }, depth: 50 };
    expect(ranking(fuse({ ...lists, wordVectors }, weighted))[0]).toBe(3);
    expect(fuse({ ...lists, wordVectors }, convex(0.4, 0.6))).toEqual(fuse(lists, convex(0.4, 0.6)));
  });

  it('rrf: sums weight / (k + rank)', () => {
    const scores = fuse(lists, { method: 'rrf', weights: { dense: 1, lexical: 1, sentenceLexical: 1 }, k: 60, depth: 50 });
    expect(scores.get(2)).toBeCloseTo(1 / 62 + 1 / 61, 10);
    expect(scores.get(1)).toBeCloseTo(1 / 61, 10);
  });

  it('handles empty lists', () => {
    expect(fuse({ dense: [], lexical: [], sentenceLexical: [] }, convex(0.4, 0.6)).size).toBe(0);
    expect(ranking(fuse({ dense: [], lexical, sentenceLexical: [] }, convex(0.4, 0.6)))).toEqual([2, 4, 3]);
  });
});
