import { describe, expect, it } from 'vitest';
import { splitAnswerSentences } from './answer-sentences';

describe('splitAnswerSentences', () => {
  it('cuts after each run of markers', () => {
    expect(splitAnswerSentences('IOM grew in 2007. [1] Its budget rose. [2][3]')).toEqual([
      { text: 'IOM grew in 2007.', markers: [1] },
      { text: 'Its budget rose.', markers: [2, 3] },
    ]);
  });

  it('handles markers before the full stop and spaces between markers', () => {
    expect(splitAnswerSentences('IOM grew [1]. Its budget rose [2] [3].')).toEqual([
      { text: 'IOM grew', markers: [1] },
      { text: 'Its budget rose', markers: [2, 3] },
    ]);
  });

  it('keeps trailing text without a marker as a sentence of its own', () => {
    expect(splitAnswerSentences('IOM grew. [1] Nobody knows why.')).toEqual([
      { text: 'IOM grew.', markers: [1] },
      { text: 'Nobody knows why.', markers: [] },
    ]);
    expect(splitAnswerSentences('The reports do not say.')).toEqual([{ text: 'The reports do not say.', markers: [] }]);
  });

  it('adds a marker run with no words before it to the previous sentence, and dedupes markers', () => {
    expect(splitAnswerSentences('IOM grew [1]. [2] [1]')).toEqual([{ text: 'IOM grew', markers: [1, 2] }]);
  });

  it('gives nothing for an empty answer', () => {
    expect(splitAnswerSentences('')).toEqual([]);
    expect(splitAnswerSentences('[1]')).toEqual([]);
  });
});
