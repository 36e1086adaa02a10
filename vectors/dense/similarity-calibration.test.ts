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

  it('is the same on every run, and pairs only sentences of different passages', () => {
    const vectors = randomUnitVectors(50, 32, 11);
    const sentences = sentencesOf(vectors.map((_, i) => i % 5));
    const first = measureBackground(sentences, (label) => vectors[label]);
    expect(measureBackground(sentences, (label) => vectors[label])).toEqual(first);
    const onePassage = measureBackground(sentencesOf(vectors.map(() => 0)), (label) => vectors[label]);
    expect(onePassage).toEqual({ mean: 0, sd: 0, pairs: 0 });
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
