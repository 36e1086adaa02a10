import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25-index';
import { stem } from './porter-stemmer';
import { termsWithKnownVariants } from './word-variants';

describe('termsWithKnownVariants', () => {
  const index = new Bm25Index();
  index.add(0, 'Participants who attended the workshop could move free of charge within the region.');
  const known = (term: string) => index.has(term);

  it('replaces an unknown word by the form the index has, and keeps known words and numbers', () => {
    expect(termsWithKnownVariants('How many attendees moved freely in 2009?', known)).toEqual([stem('attend'), stem('move'), stem('free'), '2009']);
  });

  it('keeps an unknown word without a known variant as it is', () => {
    expect(termsWithKnownVariants('ballots', known)).toEqual([stem('ballots')]);
  });
});
