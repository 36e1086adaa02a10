import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates';
import { profileQuestion } from './question-profile';
import { tokenize } from './text/word-tokens';
import { yearFit } from './year-fit';

function candidate(text: string, sourceText = text): Candidate {
  const context = { headingKeys: new Set<string>(), sourceText, passage: { text } };
  return { tokens: tokenize(text), context } as unknown as Candidate;
}
const dated = (question: string, text: string) => yearFit(profileQuestion(question), candidate(text), undefined).datedAsAsked;

describe('yearFit', () => {
  it('takes a year the sentence gives as time', () => {
    expect(dated('How many projects did IOM run in 2008?', 'In 2008, IOM ran 40 projects.')).toBe(true);
    expect(dated('What was the theme the year before, in 2002?', "IOM's December 2002 Council explored it.")).toBe(true);
    expect(dated('What share of income above the 2007 level?', 'Income in excess of the 2007 Programme and Budget goes to the Facility.')).toBe(true);
  });

  it('does not take a year that ends a title for the time asked', () => {
    expect(dated('How many projects did IOM run in 2008?', 'As underlined in World Migration 2008, most migrants move for work.')).toBe(false);
    expect(dated('How many profiles did IOM complete in 2011?', 'IOM contributed to 9 of the 14 GFMD 2011 thematic meetings.')).toBe(false);
  });

  it('takes it when the question names the same title', () => {
    expect(dated('What does World Migration 2008 say about work?', 'As underlined in World Migration 2008, most migrants move for work.')).toBe(true);
  });

  it('reads a year in "according to …" as which report, not when', () => {
    const question = "According to IOM's chapter for the 2013 High-level Dialogue, who first proposed the Migration Profiles?";
    const sentence = 'Migration Profiles are an initiative proposed by the European Commission in its 2005 Communication.';
    const fit = (sourceText: string) => yearFit(profileQuestion(question), candidate(sentence, sourceText), undefined).datedAsAsked;
    expect(profileQuestion(question).years).toEqual([]);
    expect(fit(`The 2013 High-level Dialogue. ${sentence}`)).toBe(true);
    expect(fit(`A report of 2003. ${sentence}`)).toBe(false);
  });
});
