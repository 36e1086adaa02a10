import { describe, expect, it } from 'vitest';
import { synonymExpansion, synonymTerms } from './synonyms';
import { terms } from './tokenize';

const term = (word: string) => terms(word)[0];

describe('synonymTerms', () => {
  it('gives the synonyms of a common sense as index terms, for any form of the word', () => {
    expect([...synonymTerms(term('ballots'))]).toEqual(expect.arrayContaining([term('vote'), term('voting')]));
    expect(synonymTerms(term('vote'))).toContain(term('ballot'));
    expect(synonymTerms(term('voter'))).toContain(term('elector'));
  });

  it('has nothing for words WordNet lacks or never saw tagged, and never the word itself', () => {
    expect(synonymTerms('iom').size).toBe(0);
    expect(synonymTerms(term('remittances')).has(term('remittances'))).toBe(false);
  });
});

describe('synonymExpansion', () => {
  it('adds only synonyms some report uses, at the given weight, and none the question already has', () => {
    const known = (t: string) => t === term('voting');
    expect([...synonymExpansion([term('ballots'), term('cast')], known, 0.4)]).toEqual([[term('voting'), 0.4]]);
    expect(synonymExpansion([term('ballots'), term('voting')], () => true, 0.4).has(term('voting'))).toBe(false);
    expect(synonymExpansion([term('ballots')], () => false, 0.4).size).toBe(0);
    expect(synonymExpansion([term('ballots')], () => true, 0).size).toBe(0);
  });
});
