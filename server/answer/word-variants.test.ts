import { describe, expect, it } from 'vitest';
import { stem } from '../../vectors/lexical/porter-stemmer';
import { profileQuestion } from './question-profile';
import { termStats } from './term-weights';
import { corpusVariant, withCorpusVariants } from './word-variants';

const corpus = termStats([new Set(['attend', 'free', 'long', 'drive', 'workshop', 'percent', 'particip'].map(stem))]);

describe('corpusVariant', () => {
  it.each([
    ['attendees', stem('attend')],
    ['freely', stem('free')],
    ['longest', stem('long')],
    ['drivers', stem('drive')],
  ])('%s → a form the corpus uses', (word, key) => {
    expect(corpusVariant(word, corpus)).toBe(key);
  });

  it('finds nothing when no shorter form is in the corpus', () => {
    expect(corpusVariant('ballots', corpus)).toBeNull();
    expect(corpusVariant('bee', corpus)).toBeNull(); // too short to strip
  });
});

describe('withCorpusVariants', () => {
  it('renames unknown words in terms, counted keys and names, but leaves names of things alone', () => {
    const profile = withCorpusVariants(profileQuestion('How many attendees did the Longest Workshop have?'), corpus);
    const keys = profile.terms.map((t) => t.key);
    expect(keys).toContain(stem('attend'));
    expect(profile.countedKeys).toContain(stem('attend'));
    expect(profile.countedThings).toContain(stem('attend'));
    expect(keys).toContain(stem('longest')); // capitalised: a name, kept as asked
  });

  it('returns the same profile when every word is known', () => {
    const asked = profileQuestion('What percentage of participants attend the workshop?');
    expect(withCorpusVariants(asked, corpus)).toBe(asked);
  });
});
