import { describe, expect, it } from 'vitest';
import type { Passage } from '../../ingest/types';
import { corpusDefinedAliases, phrasalAliases, placeAliases, shareAliases, spelledOutAliases, widen } from './acronym-aliases';
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

describe('placeAliases', () => {
  it('lets a place adjective of the question match the place a passage names, and back', () => {
    const keys = (text: string) => new Set(contentKeys(tokenize(text)));
    const dutch = profileQuestion('Which workshop was held with the Dutch foreign ministry?');
    const dutchKey = [...keys('Dutch')][0];
    expect(widen(keys('the Ministry of Foreign Affairs, the Netherlands'), placeAliases(dutch)).has(dutchKey)).toBe(true);
    const italy = profileQuestion('What website did IOM build with Italy?');
    expect(widen(keys('with the Italian Government'), placeAliases(italy)).has([...keys('Italy')][0])).toBe(true);
    expect(placeAliases(profileQuestion('How many migrants did IOM train?'))).toEqual([]);
  });
});

describe('corpusDefinedAliases', () => {
  it('finds an acronym of the question defined by any report, not only the retrieved passages', () => {
    const corpus = [passage('the Organization for Security and Co-operation in Europe (OSCE), the United Nations'), passage('IOM and ILO')];
    const aliases = corpusDefinedAliases(profileQuestion('Which compendium did IOM produce with the OSCE?'), corpus);
    expect(aliases.map((a) => a.acronym)).toEqual(['osce']);
    expect(widen(new Set(contentKeys(tokenize('the Organization for Security and Co-operation in Europe'))), aliases).has('osce')).toBe(true);
  });

  it('finds the acronym of a long form the question spells out in lower case', () => {
    const corpus = [passage("The objective of IOM's assisted voluntary return and reintegration (AVRR) activities is to provide options.")];
    const question = profileQuestion('How many assisted voluntary return and reintegration programmes is IOM running?');
    const aliases = corpusDefinedAliases(question, corpus);
    const keys = widen(new Set(contentKeys(tokenize('IOM is implementing around 80 AVRR programmes'))), aliases);
    expect(['assist', 'voluntari', 'return', 'reintegr'].every((k) => keys.has(k))).toBe(true);
  });
});

describe('phrasalAliases', () => {
  const keys = (text: string) => new Set(contentKeys(tokenize(text)));

  it("lets a one-word verb the reports use stand for the question's two-word verb", () => {
    const corpus = corpusTermStats([passage('Established in 1951, the Organization was launched in Brussels.')]);
    const question = profileQuestion('When was IOM first set up?');
    const aliases = phrasalAliases(question, corpus);
    expect(aliases.map((a) => a.long[0]).sort()).toEqual([...keys('establish launch')].sort());
    expect(widen(keys('Established in 1951'), aliases).has([...keys('set')][0])).toBe(true);
  });

  it('offers no synonym the reports lack, and nothing for a question without a two-word verb', () => {
    const corpus = corpusTermStats([passage('IOM trained migrants.')]);
    expect(phrasalAliases(profileQuestion('When was IOM set up?'), corpus)).toEqual([]);
    expect(phrasalAliases(profileQuestion('How many migrants did IOM train?'), corpus)).toEqual([]);
  });
});

describe('shareAliases', () => {
  const keys = (text: string) => new Set(contentKeys(tokenize(text)));
  it('lets "per cent" answer "what share of"', () => {
    const aliases = shareAliases(profileQuestion('What share of the staff work in the field?'));
    expect(widen(keys('Ninety-seven per cent of IOM staff members'), aliases).has([...keys('share')][0])).toBe(true);
    expect(shareAliases(profileQuestion('What proportion of participants were women?'))).toHaveLength(1);
  });
  it('is only for a share asked for', () => {
    expect(shareAliases(profileQuestion('How does IOM share its data?'))).toEqual([]);
  });
});
