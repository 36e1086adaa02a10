import { describe, expect, it } from 'vitest';
import { amounts, dateNearTerm, describesParty, givesReason, pointsToSource, mayNameCity, statesFinding, namesAgent, namesPerson, namesPlace, statesMoney, statesPeriod } from './answer-signals';
import { placeAliases, widen } from './acronym-aliases';
import { profileQuestion } from './question-profile';
import { tokenize } from './text/word-tokens';

const amountsIn = (text: string, counted: string[]) => amounts(tokenize(text), new Set(counted), text);

describe('givesReason', () => {
  it.each([
    'Reintegration assistance continues to increase in an effort by IOM and stakeholders to make returns more sustainable.',
    'The project was set up in response to requests from Member States.',
    'IOM launched the initiative with the aim of reducing irregular migration.',
    'Returns are assisted to make them sustainable.',
  ])('reads a purpose or a cause: %s', (text) => expect(givesReason(text)).toBe(true));

  it('reads none in a plain statement', () => expect(givesReason('IOM held a workshop in Geneva in 2007.')).toBe(false));
});

describe('statesFinding', () => {
  it.each([
    'This consultation agreed on an operational framework to promote migrant health.',
    'The experts concluded that environmental change will drive more migration.',
    'The seminar recommended that States collect better data.',
  ])('reads what was concluded, agreed or recommended: %s', (text) => expect(statesFinding(text)).toBe(true));

  it.each([
    'A study was prepared for the Home Office entitled "Irregular Migration Flows in Europe".',
    'The findings of the study were published as a special issue of the Journal "International Migration".',
    'IOM has facilitated bilateral agreements on social security.',
  ])('reads none where a study or a meeting is only named: %s', (text) => expect(statesFinding(text)).toBe(false));
});

describe('amounts', () => {
  it('does not take the days of a date range for an amount', () => {
    expect(amountsIn('will be held in Geneva on 18-19 June', ['particip'])).toEqual({ stated: false, nearTerm: false });
    expect(amountsIn('attended by 18 experts in June', ['expert'])).toEqual({ stated: true, nearTerm: true });
    // A share is an amount, but no count of the staff when a count is asked: it is reported apart.
    const share = 'Ninety-seven per cent of IOM staff members are posted in the Field, and 45% of participants are women.';
    expect(amountsIn(share, ['staff'])).toEqual({ stated: true, nearTerm: true });
    expect(amounts(tokenize(share), new Set(['staff']), share, false)).toEqual({ stated: false, nearTerm: false, share: true });
    const both = 'The total number of staff grew to 7,258 in 2009; ninety-seven per cent of them are in the Field.';
    expect(amounts(tokenize(both), new Set(['staff']), both, false)).toEqual({ stated: true, nearTerm: true });
  });

  it('counts a quoted title as one word between a date and the words of the question', () => {
    const text = 'Plans for the second intersessional workshop, "Making Global Labour Mobility a Catalyst for Development", scheduled for 8-9 October 2007, are under way.';
    const keys = new Set(['workshop', 'intersession']);
    expect(dateNearTerm(tokenize(text), keys, new Set(['2007']))).toBe(false);
    expect(dateNearTerm(tokenize(text), keys, new Set(['2007']), text)).toBe(true);
    // Without the title the workshop is too far from the date.
    const far = 'Plans for the second intersessional workshop on labour mobility, development and the future of work across many regions, scheduled for 8-9 October 2007.';
    expect(dateNearTerm(tokenize(far), keys, new Set(['2007']), far)).toBe(false);
  });

  it('reads no amount in a list enumerator, "(1) the voluntary return …", but one in a figure in brackets', () => {
    expect(amountsIn('programmes for (1) the return of qualified nationals and (2) diaspora databases', ['diaspora'])).toEqual({ stated: false, nearTerm: false });
    expect(amountsIn('diaspora members registered (45) in the database', ['diaspora'])).toEqual({ stated: true, nearTerm: true });
  });

  it('reads a spelled-out count of the thing counted, also when its plural head is followed by a verb', () => {
    expect(amountsIn('six priority areas provide focus for its activities', ['prioriti', 'area'])).toEqual({ stated: true, nearTerm: true });
    expect(amountsIn('It brought together 25 experts from both communities', ['expert'])).toEqual({ stated: true, nearTerm: true });
  });

  it('reads a count whose noun is elided after "including" or "of which"', () => {
    expect(amountsIn('IOM has carried out several studies on remittance corridors, including two in 2010', ['studi'])).toEqual({ stated: true, nearTerm: true });
    expect(amountsIn('IOM ran 40 projects, of which three in Asia', ['project'])).toEqual({ stated: true, nearTerm: true });
    // Not when the count has a noun of its own, or nothing counted comes before.
    expect(amountsIn('several studies, including two workshops in 2010', ['studi'])).toEqual({ stated: true, nearTerm: false });
    expect(amountsIn('The events included, including two in 2010', ['studi'])).toEqual({ stated: false, nearTerm: false });
  });

  it('does not take a count of something else for the thing counted ("two expert seminars" for experts)', () => {
    expect(amountsIn('Two expert seminars were organized in 2002', ['expert'])).toEqual({ stated: true, nearTerm: false });
  });

  it('reads no amount in the number of a document symbol', () => {
    expect(amountsIn('see the document Migration and health (SCPF/12) of 15 April 2008', [])).toEqual({ stated: false, nearTerm: false });
    expect(amountsIn('MC/INF/302 reports 270,000 assessments', ['assess'])).toEqual({ stated: true, nearTerm: true });
  });

  it('states no amount with neither a figure nor a counted plural', () => {
    expect(amountsIn('The seminar was held in Bangkok in February 2007.', ['expert'])).toEqual({ stated: false, nearTerm: false });
  });
});

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

describe('pointsToSource', () => {
  it('finds a web address or where something was published or can be found', () => {
    expect(pointsToSource('Details of these studies can be found in a new IOM Research Directory, at www.iom.int.')).toBe(true);
    expect(pointsToSource('This database is available at <http://www.imldb.iom.int/section.do>.')).toBe(true);
    expect(pointsToSource('The findings were published as a special issue of the Journal.')).toBe(true);
  });
  it('not in a sentence that only mentions studies', () => {
    expect(pointsToSource('More than 60 research studies were prepared by IOM field offices during 2002-2003.')).toBe(false);
  });
});

describe('statesMoney', () => {
  it('finds a figure with a currency, before or after it', () => {
    for (const text of ['a budget of more than USD 1 billion', 'US$ 35 million', 'CHF 500,000 in all', '2 million euros']) expect(statesMoney(text), text).toBe(true);
  });
  it('is not fooled by other amounts', () => {
    for (const text of ['45 States requested assistance', 'over 270,000 assessments in 2009', 'USD exchange rates']) expect(statesMoney(text), text).toBe(false);
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
});

describe('statesPeriod', () => {
  it('reads a span of years or a starting point as a period, not a single year', () => {
    for (const text of ['between Costa Rica and Nicaragua (2007 to 2010)', 'the 2009–2013 project', 'since 1979, it has helped', 'from June 2005 onwards']) expect(statesPeriod(text), text).toBe(true);
    for (const text of ['in 2009 alone', 'Resolution No. 1150 of 7 June 2007']) expect(statesPeriod(text), text).toBe(false);
  });
});
