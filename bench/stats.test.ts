import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats';

describe('percentile (nearest rank)', () => {
  it('picks the value at rank ceil(p/100 · n)', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes without reordering the input', () => {
    const values = [3, 1, 2];
    expect(summarize(values)).toEqual({ n: 3, p50: 2, p95: 3, mean: 2, max: 3 });
    expect(values).toEqual([3, 1, 2]);
  });
});
