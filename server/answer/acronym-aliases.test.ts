import { describe, expect, it } from 'vitest';
import type { Passage } from '../../ingest/types';
import { spelledOutAliases, widen } from './acronym-aliases';
import { profileQuestion } from './question-profile';
import { corpusTermStats } from './term-weights';
import { contentKeys, tokenize } from './text/word-tokens';

const passage = (text: string) => ({ text }) as Passage;
const passages = [passage('Migration Policy Institute, based on a survey of 62 governments.'), passage('IOM works with the United Kingdom.')];

describe('spelledOutAliases', () => {
  const corpus = corpusTermStats(passages);

  it('links an acronym no report uses to the name its initials spell, possessive or not', () => {
    const aliases = spelledOutAliases(profileQuestion("How many governments answered MPI's survey?"), passages, corpus);
    expect(aliases).toHaveLength(1);
    const passageKeys = widen(contentKeys(tokenize(passages[0].text)), aliases);
    expect(passageKeys.has(aliases[0].acronym)).toBe(true);
  });

  it('leaves acronyms the reports use, and unknown ones nothing spells, alone', () => {
    expect(spelledOutAliases(profileQuestion('What does IOM do in the XYZ region?'), passages, corpus)).toEqual([]);
  });
});
