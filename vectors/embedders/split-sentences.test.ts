import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

describe('splitSentences', () => {
  it('splits on sentence punctuation and collapses line breaks', () => {
    expect(splitSentences('IOM has an operational budget\nof USD 1 billion. It runs 1300 projects in 255 locations!  Why?')).toEqual([
      'IOM has an operational budget of USD 1 billion.',
      'It runs 1300 projects in 255 locations! Why?',
    ]);
  });

  it('keeps paragraph numbers and short headings with the sentence that follows', () => {
    expect(splitSentences('16. IOM’s services in support of the strategy are many. Point 1: Policy advice on migration is offered.')).toEqual([
      '16. IOM’s services in support of the strategy are many.',
      'Point 1: Policy advice on migration is offered.',
    ]);
  });

  it('does not split inside abbreviations followed by lower case, and handles blank text', () => {
    expect(splitSentences('See e.g. the annex, i.e. the report of the Council.')).toHaveLength(1);
    expect(splitSentences('  \n ')).toEqual([]);
    expect(splitSentences('Short.')).toEqual(['Short.']);
  });
});
