import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates';
import { profileQuestion } from './question-profile';
import { contentKeys, tokenize } from './text/word-tokens';
import { yearFit } from './year-fit';

function candidate(text: string, sourceText = text, passageText = text): Candidate {
  const context = { headingKeys: new Set<string>(), keys: contentKeys(tokenize(passageText)), sourceText, passage: { text: passageText } };
  return { text, tokens: tokenize(text), context } as unknown as Candidate;
}
const dated = (question: string, text: string) => yearFit(profileQuestion(question), candidate(text), undefined).datedAsAsked;
const datedIn = (question: string, text: string, passage: string) => yearFit(profileQuestion(question), candidate(text, passage, passage), undefined).datedAsAsked;

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

  it('dates a sentence that names no year by its passage, except for "how many"', () => {
    const passage = 'In 2009, UNAOC and IOM launched the PLURAL+ initiative. The competition invites young people to make videos.';
    expect(datedIn('What did IOM launch for young people in 2009?', 'The competition invites young people to make videos.', passage)).toBe(true);
    expect(datedIn('What did IOM launch for young people in 2010?', 'The competition invites young people to make videos.', passage)).toBe(false);
    // A count next to other years is not the asked year's.
    const counts = 'In 2008, IOM ran 40 integration projects. More than 35 projects addressed irregular migration.';
    expect(datedIn('How many projects addressing irregular migration did IOM run in 2008?', 'More than 35 projects addressed irregular migration.', counts)).toBe(false);
    // A sentence with years of its own is dated by them, not by its passage.
    expect(datedIn('What did IOM launch in 2009?', 'In 2010 IOM launched a web portal.', `In 2009, IOM was busy. In 2010 IOM launched a web portal.`)).toBe(false);
  });

  it('weighs the named year fully only where it dates the answer: a count or a date', () => {
    const bonus = (question: string, text: string) => yearFit(profileQuestion(question), candidate(text), undefined).bonus;
    const held = 'In 2004, IOM held a follow-up workshop with the World Bank.';
    expect(bonus('How many workshops did IOM hold in 2004?', held)).toBe(0.3);
    expect(bonus('When in 2004 did IOM hold the follow-up workshop?', held)).toBe(0.3);
    // The year picks out which workshop; the sentence after the one that names it says what it looked at.
    expect(bonus('What did the follow-up workshop look at in 2004?', held)).toBe(0.1);
    expect(bonus('What did the follow-up workshop look at in 2004?', 'In 2005, IOM presented its findings.')).toBe(-0.3);
  });

  it('does not take a count for a period that the asked year only bounds ("in 2009 alone")', () => {
    expect(dated('How many people did IOM resettle in 2009 alone?', 'From 2007 through 2009, IOM resettled nearly 300,000 persons.')).toBe(false);
    expect(dated('How many people did IOM resettle in 2009?', 'Between 2007 and 2009 IOM resettled 300,000 persons, 110,000 of them in 2009.')).toBe(true);
    // Not a count: "when" and "what" may be answered by the period.
    expect(dated('What did IOM do in 2009?', 'From 2007 through 2009, IOM resettled nearly 300,000 persons.')).toBe(true);
    // The question asks for the period itself, or for one the year opens or closes.
    expect(dated('How many workers did IOM place between 2007 and 2009?', 'IOM placed 12,405 workers between 2007 and 2009.')).toBe(true);
    expect(dated('How many migrants has IOM assisted since 2007?', 'Between 2007 and 2010, IOM assisted 50,000 migrants.')).toBe(true);
    expect(dated('How many migrants had IOM assisted by 2009?', 'From 2007 to 2009, IOM assisted 50,000 migrants.')).toBe(true);
    // Two years, not a period.
    expect(dated('How many migrants did IOM assist in 2009?', 'In 2008 and 2009, IOM assisted 50,000 and 60,000 migrants respectively.')).toBe(true);
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
