import { describe, expect, it } from 'vitest';
import { inBatches } from './batches';
import { dot, l2Normalize, normalizeInPlace } from './vector-math';

describe('l2Normalize and dot', () => {
  it('scales to unit length so dot is cosine', () => {
    const v = l2Normalize(Float32Array.from([3, 4]));
    expect(v).toEqual([0.6, 0.8]);
    expect(dot(v, v)).toBeCloseTo(1, 15);
  });

  it('refuses zero and non-finite vectors, and mismatched dimensions', () => {
    expect(() => l2Normalize([0, 0])).toThrow(RangeError);
    expect(() => l2Normalize([NaN, 1])).toThrow(RangeError);
    expect(() => dot([1], [1, 2])).toThrow(/dimension mismatch/);
  });
});

describe('inBatches', () => {
  it('cuts consecutive slices', () => {
    expect(inBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(inBatches([], 32)).toEqual([]);
    expect(() => inBatches([1], 0)).toThrow(RangeError);
  });
});

describe('normalizeInPlace', () => {
  it('scales a float32 vector to unit length where it is, and leaves a zero vector zero', () => {
    const v = Float32Array.from([3, 4]);
    expect(normalizeInPlace(v)).toBe(v);
    expect(Array.from(v)).toEqual([expect.closeTo(0.6), expect.closeTo(0.8)]);
    expect(Array.from(normalizeInPlace(new Float32Array(3)))).toEqual([0, 0, 0]);
  });
});
