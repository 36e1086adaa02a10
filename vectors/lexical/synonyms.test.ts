import { describe, expect, it } from 'vitest';
import table from './synonyms.json';
import { everydayTerms, questionSynonyms, SYNONYM_WEIGHT, synonymTerms, type TermCounts } from './synonyms';
import { terms } from './tokenize';

const term = (word: string) => terms(word)[0];

/** An index that has the given terms, each in `df` of 100 passages. */
const indexWith = (df: Record<string, number>): TermCounts => ({
  has: (t) => t in df,
  documentFrequency: (t) => df[t] ?? 0,
  size: 100,
});

describe('synonymTerms', () => {
  it('gives the synonyms of a common sense as index terms, for any form of the word', () => {
    expect(synonymTerms(term('ballots'))).toEqual(expect.arrayContaining([term('vote'), term('voting')]));
    expect(synonymTerms(term('vote'))).toContain(term('ballot'));
    expect(synonymTerms(term('aegis'))).toContain(term('auspices'));
  });

  it('never gives the term itself, though WordNet lists forms of one stem together', () => {
    const sameStem = (table as string[]).map((line) => line.split(' ')).find(([word, ...rest]) => rest.some((s) => term(s) === term(word)));
    expect(sameStem).toBeDefined(); // e.g. "ballot … balloting"
    expect(synonymTerms(term(sameStem![0]))).not.toContain(term(sameStem![0]));
  });

  it('leaves out names, Roman numerals and number words', () => {
    expect(synonymTerms(term('union'))).not.toContain(term('federal'));
    expect(synonymTerms(term('three'))).toEqual([]);
    expect((table as string[]).some((line) => line.split(' ').slice(1).includes('iii'))).toBe(false);
  });
});

describe('everydayTerms', () => {
  it('keeps the reader’s everyday words, not names, not the verb of a two-word verb, irregular pasts as their base', () => {
    expect(everydayTerms('How did the Global Migration Group help voters?')).toEqual(expect.arrayContaining([term('help'), term('voters')]));
    expect(everydayTerms('How did the Global Migration Group help voters?')).not.toContain(term('Global'));
    expect(everydayTerms('When was IOM set up?')).not.toContain(term('set'));
    expect(everydayTerms('Where was the seminar held?')).toContain(term('hold'));
  });
});

describe('questionSynonyms', () => {
  it('adds the synonyms some passage has, sharing the weight of the word they stand for', () => {
    const found = questionSynonyms('How did IOM help people cast ballots?', [], indexWith({ [term('voting')]: 3 }));
    expect([...found]).toEqual([[term('voting'), SYNONYM_WEIGHT]]);
    const both = questionSynonyms('Who supported the ballots?', [], indexWith({ [term('vote')]: 3, [term('balloting')]: 1 }), 0.4);
    const ballot = synonymTerms(term('ballots')).filter((t) => t === term('vote') || t === term('balloting'));
    for (const t of ballot) expect(both.get(t)).toBeCloseTo(0.4 / ballot.length);
  });

  it('adds none the question already asks, none most passages share, and none at weight 0', () => {
    const index = indexWith({ [term('voting')]: 3 });
    expect(questionSynonyms('Were ballots counted by voting?', [term('ballots'), term('voting')], index).size).toBe(0);
    expect(questionSynonyms('How did IOM help people cast ballots?', [], indexWith({ [term('voting')]: 60 })).size).toBe(0);
    expect(questionSynonyms('How did IOM help people cast ballots?', [], index, 0).size).toBe(0);
    expect(questionSynonyms('How did the Ballot Commission work?', [], index).size).toBe(0);
  });
});
