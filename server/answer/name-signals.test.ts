import { describe, expect, it } from 'vitest';
import { describesParty, mayNameCity, namesAgent, namesPerson, namesPlace } from './name-signals';
import { placeAliases, widen } from './acronym-aliases';
import { profileQuestion } from './question-profile';
import { tokenize } from './text/word-tokens';

describe('namesPlace', () => {
  it('does not take a place the question names by its adjective for a new one ("Asian" ~ Asia)', () => {
    const text = 'IOM organized three consultations for countries of origin in Asia.';
    // The keys the composer passes: the question's, with the places its place adjectives name (`placeAliases`).
    const keys = (question: string) => widen(new Set(tokenize(question).map((t) => t.key)), placeAliases(profileQuestion(question)));
    expect(namesPlace(text, tokenize(text), keys('Where were the consultations for Asian countries held?'))).toBe(false);
    expect(namesPlace(text, tokenize(text), keys('Where were the consultations held?'))).toBe(true);
  });

  const names = (text: string, question = 'Where was it held?') => namesPlace(text, tokenize(text), new Set(tokenize(question).map((t) => t.key)));

  it('finds a capitalised place after in, at, from, between, or in brackets', () => {
    expect(names('The seminar was held in Bangkok on 22 February.')).toBe(true);
    expect(names('It will be held at IOM Headquarters.')).toBe(true);
    expect(names('A final report based on fieldwork carried out in Albania, Romania and Russia.')).toBe(true);
    expect(names('Schemes between Portugal and Ukraine were run.')).toBe(true);
    expect(names('Meetings took place in 2009 (Thailand) and 2011 (Botswana).')).toBe(true);
    expect(names('IOM recently carried out a project in southern Mexico.')).toBe(true);
    expect(names('Schools were built in rural areas.')).toBe(false);
  });

  it('does not take a month, a title or a name the question already gives for a place', () => {
    expect(names('The conference was held in June 2005.')).toBe(false);
    expect(names('The 2013 Dialogue is a Diaspora Ministerial Conference at the global level.')).toBe(false);
    expect(names('The workshop was held in Geneva.', 'Where in Geneva was the workshop held?')).toBe(false);
  });
});

describe('namesAgent', () => {
  const keys = (text: string) => new Set(tokenize(text).map((t) => t.key));
  const agent = (text: string, question: string, verbs: string) => namesAgent(tokenize(text), keys(verbs), keys(question));
  it('finds who did what the question asks, after "by"', () => {
    expect(agent('its Framework, endorsed by IOM Member States in 2012, to enhance', 'By whom was the Framework endorsed?', 'endorsed')).toBe(true);
    expect(agent('The study was funded by the Government of Italy.', 'Who funded the study?', 'funded')).toBe(true);
  });
  it('needs the asked verb, a name, and one the question does not give', () => {
    expect(agent('endorsed by many countries', 'By whom was it endorsed?', 'endorsed')).toBe(false);
    expect(agent('The study was carried out by IOM.', 'Who funded the study?', 'funded')).toBe(false);
    expect(agent('endorsed by IOM Member States', 'Was it endorsed by IOM?', 'endorsed')).toBe(false);
  });
});

describe('describesParty', () => {
  const keys = (text: string) => new Set(tokenize(text).map((t) => t.key));
  const rare = (common: string) => (key: string) => !keys(common).has(key);
  const party = (text: string, question: string, common = 'governments migrants') => describesParty(tokenize(text), keys(question), rare(common));
  it('finds a kind of person or organisation the question does not name', () => {
    expect(party('IOM collaborated with public and private banks to increase access to microfinancing', 'Who did IOM team up with?')).toBe(true);
    expect(party('crucial to find ways for governments and private recruiters to channel labour migration', 'Who must channel labour migration?')).toBe(true);
    expect(party('IOM trained media professionals and journalism students to report on migration', 'Who did IOM train?')).toBe(true);
  });
  it('not a party the question names, one most passages mention, or a singular (as often an adjective)', () => {
    expect(party('ways for governments and private recruiters to channel labour migration', 'Which recruiters?')).toBe(false);
    expect(party('IOM works with governments to manage migration', 'Who does IOM work with?')).toBe(false);
    expect(party('a seminar at the academic and technical levels', 'Who paid for the seminar?')).toBe(false);
    // A verb in "-s" after its subject: "IOM advocates", "which hosts".
    expect(party('IOM advocates for the rights of migrants', 'Who speaks for migrants?')).toBe(false);
    expect(party('a centre which hosts the meetings', 'Who hosts the meetings?')).toBe(false);
  });
});

describe('namesPerson', () => {
  const question = new Set(tokenize("Who is IOM's Director General?").map((t) => t.key));
  const person = (text: string) => namesPerson(text, tokenize(text), question, () => true);

  it('finds an honorific and a name, or a run of rare capitalised words', () => {
    expect(person('The report was submitted by its Chairperson, H.E. Mrs. Najat Al-Hajjaji.')).toBe(true);
    expect(person('Ambassador Swing took office in 2008.')).toBe(true);
  });

  it('takes no body, post, quoted title, place or thing named after a place for a person', () => {
    expect(person('The Director General of IOM has recently created a Business Advisory Board (BAB).')).toBe(false);
    expect(person('In Mauritius in 2012, the IOM Director General opened the "Common Space" between governments.')).toBe(false);
    expect(person('Seven States (Burundi, India, Mongolia, Viet Nam) have become IOM Member States.')).toBe(false);
    expect(person('A fourth meeting is set to take place in Puerto Vallarta, Mexico, in 2010.')).toBe(false);
    expect(person('IOM prepared a note in advance of the 2010 Puerto Vallarta discussions.')).toBe(false);
    expect(person('The Migration Policy Institute and the European Commission met.')).toBe(false);
  });
});

describe('mayNameCity', () => {
  const question = new Set(tokenize('In which city was the 2013 global meeting held?').map((t) => t.key));
  const city = (text: string) => mayNameCity(text, tokenize(text), question);

  it('accepts a known city, or an unknown name after in/at', () => {
    expect(city('The seminar was held in Bangkok in February 2007.')).toBe(true);
    expect(city('A fourth meeting is set to take place in Puerto Vallarta, Mexico.')).toBe(true);
  });

  it('does not take countries for the city', () => {
    expect(city('Three global meetings were held, in 2009 (Thailand), 2011 (Botswana) and 2013 (Peru).')).toBe(false);
  });

  it('does not take a continent or a region for the city', () => {
    expect(city('The Centre promotes sound migration management in Africa.')).toBe(false);
    expect(city('IOM co-chairs Mixed Migration Task Forces, for example, in the Horn of Africa.')).toBe(false);
  });
});
