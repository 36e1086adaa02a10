import { describe, expect, it } from 'vitest';
import { l2Normalize } from '../embedders/vector-math';
import { seededRandom } from '../seeded-random';
import { measureBackground, REFERENCE_EMBEDDER, scaleToReference } from './similarity-calibration';

function randomUnitVectors(count: number, dimension: number, seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => l2Normalize(Array.from({ length: dimension }, () => random() - 0.5)));
}

const sentencesOf = (passages: number[]) => passages.map((passage, label) => ({ label, passage }));

describe('measureBackground', () => {
  it('measures what unrelated sentences score: about 0 ± 1/√d for random directions', () => {
    const vectors = randomUnitVectors(600, 256, 3);
    const background = measureBackground(sentencesOf(vectors.map((_, i) => i)), (label) => vectors[label]);
    expect(background.pairs).toBe(4000);
    expect(Math.abs(background.mean)).toBeLessThan(0.01);
    expect(background.sd).toBeGreaterThan(0.8 / Math.sqrt(256));
    expect(background.sd).toBeLessThan(1.2 / Math.sqrt(256));
  });

  it('sees a common direction as a higher, narrower background', () => {
    const vectors = randomUnitVectors(600, 256, 5);
    const common = randomUnitVectors(1, 256, 9)[0];
    const pushed = vectors.map((v) => l2Normalize(v.map((x, i) => x + common[i])));
    const sentences = sentencesOf(vectors.map((_, i) => i));
    const plain = measureBackground(sentences, (label) => vectors[label]);
    const shifted = measureBackground(sentences, (label) => pushed[label]);
    expect(shifted.mean).toBeGreaterThan(0.45);
    expect(shifted.sd).toBeLessThan(plain.sd);
  });

  it('is the same on every run', () => {
    const vectors = randomUnitVectors(100, 32, 11);
    const sentences = sentencesOf(vectors.map((_, i) => i % 20));
    const first = measureBackground(sentences, (label) => vectors[label]);
    expect(first.pairs).toBe(4000);
    expect(measureBackground(sentences, (label) => vectors[label])).toEqual(first);
  });

  it('pairs only sentences of different passages', () => {
    // One direction per passage: a pair within a passage would score 1, a pair across passages scores 0.
    const passages = Array.from({ length: 100 }, (_, i) => i % 20);
    const oneHot = (p: number) => Array.from({ length: 20 }, (_, d) => (d === p ? 1 : 0));
    expect(measureBackground(sentencesOf(passages), (label) => oneHot(passages[label]))).toEqual({ mean: 0, sd: 0, pairs: 4000 });
  });

  it('does not measure a corpus too small to tell: empty, one passage, a few sentences', () => {
    const vectors = randomUnitVectors(60, 32, 17);
    const unmeasured = { mean: 0, sd: 0, pairs: 0 };
    expect(measureBackground([], (label) => vectors[label])).toEqual(unmeasured);
    expect(measureBackground(sentencesOf(vectors.map(() => 0)), (label) => vectors[label])).toEqual(unmeasured);
    expect(measureBackground(sentencesOf([0, 1, 1]), (label) => vectors[label])).toEqual(unmeasured);
    expect(measureBackground(sentencesOf(vectors.map((_, i) => i % 9)), (label) => vectors[label])).toEqual(unmeasured);
    expect(measureBackground(sentencesOf(vectors.map((_, i) => i % 10)), (label) => vectors[label]).pairs).toBe(4000);
  });

  it('reads a bounded number of vectors however large the corpus', () => {
    const vectors = randomUnitVectors(3000, 16, 13);
    let reads = 0;
    measureBackground(sentencesOf(vectors.map((_, i) => i)), (label) => (reads++, vectors[label]));
    expect(reads).toBe(500);
  });
});

describe('scaleToReference', () => {
  it("maps an embedder's background onto the reference's, keeping the order of similarities", () => {
    const scale = scaleToReference({ mean: 0.8, sd: 0.05, pairs: 4000 });
    const { mean, sd } = REFERENCE_EMBEDDER.background;
    expect(scale(0.8)).toBeCloseTo(mean, 12);
    expect(scale(0.85)).toBeCloseTo(mean + sd, 12);
    expect(scale(0.9)).toBeGreaterThan(scale(0.85));
  });

  it('leaves similarities as they are when the background could not be measured', () => {
    const scale = scaleToReference({ mean: 0, sd: 0, pairs: 0 });
    expect(scale(0.42)).toBe(0.42);
  });
});
