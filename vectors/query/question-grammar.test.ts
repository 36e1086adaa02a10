import { describe, expect, it } from 'vitest';
import { parseWhQuestion, splitSubject, whSubjectVerb } from './question-grammar';

const whNoun = (question: string) => parseWhQuestion(question)?.whNoun.join(' ');

describe('parseWhQuestion: the wh-noun', () => {
  it('reads "When and where" as one wh-phrase, before the auxiliary', () => {
    expect(parseWhQuestion('When and where was the expert seminar held?')).toMatchObject({ wh: ['When', 'and', 'where'], aux: 'was', rest: ['the', 'expert', 'seminar', 'held'] });
    expect(parseWhQuestion('Who and what was it for?')?.wh).toEqual(['Who']);
  });

  it('runs to the auxiliary when one is near', () => {
    expect(whNoun("Which edition of IOM's report was published in 2008?")).toBe("edition of IOM's report");
  });

  it('takes its "of" phrase up to the verb when no auxiliary follows (a wh-subject)', () => {
    expect(whNoun("Which edition of IOM's flagship World Migration report came out in 2003?")).toBe("edition of IOM's flagship World Migration report");
    expect(parseWhQuestion("Which edition of IOM's flagship World Migration report came out in 2003?")?.rest.join(' ')).toBe('came out in 2003');
  });

  it('ends the "of" phrase at a preposition or a comma', () => {
    expect(whNoun('Which parts of the world in particular saw returns grow?')).toBe('parts of the world');
    expect(whNoun('At which sitting of the governing body, and on what date, was the resolution passed?')).toBe('sitting of the governing body,');
  });

  it('stops "how many X" at a verb, an irregular past form too ("went")', () => {
    expect(whNoun("How many people went through IOM's migrant training in 2009?")).toBe('people');
    expect(whNoun('How many experts attended the seminar?')).toBe('experts');
  });

  it('stops "how many X" at an adverb, not at a noun in -ly', () => {
    expect(whNoun("How many countries usually send delegates to the IDM's workshops?")).toBe('countries');
    expect(parseWhQuestion('How many migrants currently live abroad?')?.rest.join(' ')).toBe('currently live abroad');
    expect(whNoun('How many family members typically return home?')).toBe('family members');
  });

  it('runs a which-noun on past its adjectives to the noun they describe', () => {
    expect(whNoun("Which international legal texts underpin most of IOM's interventions?")).toBe('international legal texts');
    expect(parseWhQuestion("Which international legal texts underpin most of IOM's interventions?")?.rest.join(' ')).toBe("underpin most of IOM's interventions");
    expect(whNoun('Which annual report came out in 2009?')).toBe('annual report');
    // A name is no noun either: the noun is the word it names ("UN agency"), and the verb follows.
    expect(whNoun('Which UN agency co-chairs the GMG?')).toBe('UN agency');
    expect(parseWhQuestion('Which UN agency co-chairs the GMG?')?.rest.join(' ')).toBe('co-chairs the GMG');
    expect(whNoun('Which IOM publication tells of its experience in Libya?')).toBe('IOM publication');
    // Not past a verb the lists miss or an adverb; through a name of several words.
    expect(whNoun('Which Government co-hosted the 2005 workshop?')).toBe('Government');
    expect(whNoun('Which Government also funded it?')).toBe('Government');
    expect(whNoun('Which EU Member State hosts the GFMD?')).toBe('EU Member State');
  });

  it('reads past a sharpening adverb before the wh-word ("Roughly how many nations …")', () => {
    expect(whNoun('Roughly how many nations take part in the Bali Process?')).toBe('nations');
    expect(parseWhQuestion('Approximately how many staff does IOM have?')).toMatchObject({ prefix: ['Approximately'], aux: 'does' });
  });

  it('is one word when no "of" follows and no auxiliary is near', () => {
    expect(whNoun('Which organizations put on the 2009 global consultation on migrant health?')).toBe('organizations');
  });

  it('reads "looks at" as a verb, and "against" as a preposition', () => {
    expect(parseWhQuestion('Which report looks at gender?')?.rest.join(' ')).toBe('looks at gender');
  });
});

describe('splitSubject', () => {
  it('reads two names joined by "and the" as one subject ("IOM and the UN Alliance of Civilizations create")', () => {
    const words = 'IOM and the UN Alliance of Civilizations create to encourage respect'.split(' ');
    expect(splitSubject(words)).toMatchObject({ subject: words.slice(0, 7), verb: 'create' });
    expect(splitSubject('IOM and UNHCR produce a toolkit'.split(' '))).toMatchObject({ verb: 'produce' });
  });
});

describe('whSubjectVerb', () => {
  it('reads the verb of a question whose wh-word is its subject', () => {
    expect(whSubjectVerb('Who chairs the Business Advisory Board?')).toBe('chairs');
    expect(whSubjectVerb('Who is funding the survey?')).toBe('funding');
    expect(whSubjectVerb('Who will host the meeting?')).toBe('host');
    expect(whSubjectVerb('And who has edited the volume?')).toBe('edited');
    expect(whSubjectVerb('Which government chaired the Global Forum in 2011?')).toBe('chaired');
  });

  it('is null when the wh-phrase is an object, or no subject of the verb that follows', () => {
    expect(whSubjectVerb('Who did IOM partner with?')).toBeNull();
    expect(whSubjectVerb('Who is the Director General?')).toBeNull();
    expect(whSubjectVerb('When was the Board created?')).toBeNull();
    expect(whSubjectVerb('Which report did IOM publish in 2008?')).toBeNull();
    expect(whSubjectVerb('What is the Berne Initiative?')).toBeNull();
    expect(whSubjectVerb('Which report edited by IOM covers remittances?')).toBeNull();
  });
});
