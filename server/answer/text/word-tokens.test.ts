import { describe, expect, it } from 'vitest';
import { tokenize } from './word-tokens';

const keys = (text: string) => tokenize(text).map((t) => t.key);

describe('tokenize', () => {
  it('gives a verb one key in its base and irregular past forms', () => {
    expect(keys('became become')).toEqual(['becom', 'becom']);
    expect(keys('held hold')).toEqual(['hold', 'hold']);
  });

  it('keeps past forms that are also other words apart ("found", "left")', () => {
    expect(keys('found find')).toEqual(['found', 'find']);
    expect(keys('left leave')).toEqual(['left', 'leav']);
  });

  it('matches "per cent", "percentage" and "%" as one key, and keeps numbers and years', () => {
    expect(keys('3.1 per cent, 45% and 270,000 in 2009')).toEqual(['3.1', 'per', 'percent', '45', 'percent', 'and', '270000', 'in', '2009']);
  });
});
