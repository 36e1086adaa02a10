import { describe, expect, it } from 'vitest';
import { AnswerTestIndex } from '../../test-support/answer-corpus-index';
import { IOM_OVERVIEW, slicePassage } from '../../test-support/answer-passages';
import { buildCandidates } from './candidates';
import { followUpContext } from './follow-up-context';
import { PassageAnalysisCache } from './passage-analysis';
import { contentKeys, tokenize } from './text/word-tokens';
import { termStats } from './term-weights';

describe('followUpContext', () => {
  const passage = slicePassage({ doc: IOM_OVERVIEW, from: 'Strengthening the economic and social development', sectionPath: ['Migration for societal development'], paragraph: null });
  const on = new AnswerTestIndex([passage]);
  const { candidates } = buildCandidates(on.search('Tunisia project'), on, { maxPassages: 1 }, new PassageAnalysisCache({ maxListChars: 1200, minWords: 4 }));
  const colombia = candidates.find((c) => c.text.startsWith('For example, a three-year project'))!;
  const keys = contentKeys(tokenize(passage.text));
  const inPassage = (k: string) => keys.has(k);
  const stats = termStats([keys, contentKeys(tokenize('Microfinancing banks in Tunisia')), contentKeys(tokenize('Guardianship of unaccompanied children in Zambia'))]);
  const settings = { followUpTopicShare: 0.4, followUpNear: 0.01 };
  const at = (text: string) => ({ source: passage.source, start: passage.start + passage.text.indexOf(text), end: passage.start + passage.text.indexOf(text) + text.length });

  it('requires nothing without a previous question, or when none of its words is in the corpus', () => {
    expect(followUpContext(undefined, [], 400, stats, settings)).toBeNull();
    expect(followUpContext('Qwertyuiop zxcvb?', [], 400, stats, settings)).toBeNull();
  });

  it('accepts a passage that holds enough of the previous topic, and refuses one that does not', () => {
    expect(followUpContext('Which banks did IOM work with in Tunisia on microfinancing?', [], 400, stats, settings)!(colombia, inPassage)).toBe(true);
    // The same passage, with its own words: none of the guardianship question's corpus words is in it.
    expect(followUpContext('Which guardianship systems for unaccompanied children did IOM strengthen in Zambia?', [], 400, stats, settings)!(colombia, inPassage)).toBe(false);
  });

  it('accepts a sentence near what the previous answer quoted, whatever its words', () => {
    const previous = 'Which guardianship systems for unaccompanied children did IOM strengthen in Zambia?';
    expect(followUpContext(previous, [at('IOM has also helped improve livelihoods')], 400, stats, settings)!(colombia, inPassage)).toBe(true);
    expect(followUpContext(previous, [{ source: 'other.txt', start: 0, end: 10 }], 400, stats, settings)!(colombia, inPassage)).toBe(false);
  });
});
