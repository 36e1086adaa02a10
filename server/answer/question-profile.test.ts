import { describe, expect, it } from 'vitest';
import { profileQuestion } from './question-profile';

const types = (q: string) => [...profileQuestion(q).types].sort();

describe('profileQuestion', () => {
  it.each([
    ['How many health assessments did IOM perform in 2009?', ['quantity']],
    ['What percentage of IOM staff are posted in the Field?', ['quantity']],
    ['What were the total expenditures in 2007?', ['money', 'quantity']],
    ['How much did the evacuation cost?', ['money', 'quantity']],
    ['What is the name of the Director General?', ['person', 'who']],
    ["Who is IOM's Director General?", ['person', 'who']],
    ['In which city was the meeting held?', ['city', 'where']],
    // Asks for a journal or a document, not a place.
    ['Where were the findings of the study published?', ['source']],
    ['Where can I find the online database?', ['source']],
    ['Where can someone look up the details of the studies?', ['source']],
    ["What was IOM's workshop meant to achieve?", ['why']],
    ['When was the IOM Strategy approved?', ['when']],
    ['In what year was the Centre established?', ['when']],
    ['What is the date of Resolution No. 1110?', ['when']],
    ['Who co-chairs the Bali Process?', ['who']],
    ['Where was the expert seminar held?', ['place', 'where']],
    ['Why does IOM perform health assessments?', ['why']],
    ['What are the objectives of migrant training?', ['list', 'why']],
    ['List the areas covered by the training.', ['list']],
    ['Which activities does the Strategy include?', ['list']],
    ['What is the IDM?', ['definition']],
    ['What did the 2004 Barcelona World Migration Congress conclude?', ['finding']],
    ['What recommendations did the Bangkok expert seminar make?', ['finding']],
    ['What did it agree on?', ['finding']],
    // A wh-word after a noun is a relative pronoun, not what the question asks.
    ['How has IOM helped people who fled a conflict to vote?', []],
    ['What did IOM do in countries where migrants were stranded?', []],
    ['According to the report, who funded the study?', ['who']],
    ['And where was it held?', ['place', 'where']],
    ['In which countries does IOM lead the cluster?', ['where']],
    // A kind of country is a category ("developing countries"), not a name.
    ['Which kinds of countries can benefit from returns?', ['list']],
    ["What's the total budget for 2010?", ['money', 'quantity']],
    // Several, counted: a list; places counted are asked for by name.
    ['What two aims steer the work under point 9 of the Strategy?', ['list']],
    ['Which two countries did the co-development project cover?', ['where']],
    // "host countries" is the subject after the modal, not what "what" asks for.
    ['What can host countries gain from circular migration?', []],
    ['Since when has IOM chaired it?', ['when']],
    ['To whom was the report submitted?', ['who']],
    // A group of people answers, not a name.
    ["Who is IOM's 2009–2013 project in Tunisia aimed at?", []],
    ['Who benefits from the programme?', []],
    // The participants: a group of people as often as a name. Whoever brings them together is a name.
    ['Who attends the orientation courses?', []],
    ['Who took part in the seminar?', []],
    ['Who will the first intersessional workshop of 2007 bring together?', []],
    ['Who brought together the ministers?', ['who']],
    ['Who is responsible for bringing together the partners?', ['who']],
    ['Who attended the meeting on behalf of the Director General?', ['who']],
    ['Who attends to the health needs of migrants?', ['who']],
    ['And who took part?', []],
  ])('%s → %j', (question, expected) => {
    expect(types(question)).toEqual(expected);
  });

  it('keeps content terms stemmed, without stop words, and marks names, verbs and years', () => {
    const profile = profileQuestion('How many health assessments did IOM perform in 2009?');
    expect(profile.terms.map((t) => t.key)).toEqual(['health', 'assess', 'iom', 'perform', '2009']);
    expect(profile.terms.find((t) => t.key === 'iom')?.entity).toBe(true);
    expect(profile.terms.find((t) => t.key === 'perform')?.verb).toBe(true);
    expect(profile.years).toEqual(['2009']);
    // What is counted is the head noun of the wh-phrase.
    expect(profile.countedKeys).toEqual(['assess']);
    expect(profile.countedThings).toEqual(['assess']);
  });

  it('tells a particular thing counted from people, a share or a span of time', () => {
    expect(profileQuestion('How many Migration Profiles did IOM complete in 2011?').countedThings).toEqual(['profil']);
    expect(profileQuestion('How many people attended the courses?').countedThings).toEqual([]);
    expect(profileQuestion('How many years has IOM run such programmes?').countedThings).toEqual([]);
    expect(profileQuestion('How much money did the Facility have?').countedThings).toEqual([]);
    expect(profileQuestion('How many euros did the Facility have?').countedThings).toEqual([]);
    // A share of migrants is a share of something particular: the migrants must be named where the answer is.
    expect(profileQuestion('What share of migrants are women?').countedThings).toEqual(['migrant']);
    // What a part of them is said to be is what "how many of them" counts.
    expect(profileQuestion('How many of the trafficked persons were children?')).toMatchObject({ countedThings: ['children'], countsPart: true });
    expect(profileQuestion('How many of the projects were in Africa?')).toMatchObject({ countedKeys: ['project'], countsPart: false });
    expect(profileQuestion('How many of the migrants IOM trained in 2008 were women?')).toMatchObject({ countedThings: ['women'], countsPart: true });
  });

  it('matches "percentage" with "per cent" and finds what a definition question defines', () => {
    expect(profileQuestion('What percentage of migrants are women?').terms.map((t) => t.key)).toContain('percent');
    expect(profileQuestion('What is the International Dialogue on Migration?').definitionKeys).toEqual(['intern', 'dialogu', 'migrat']);
  });

  it('reads the year of a report the question names, or of a period named "post-2015", as no time asked about', () => {
    const review = profileQuestion('How does the 2010 review of the IOM Strategy describe its relationship with the UN?');
    expect(review.years).toEqual([]);
    expect(review.sourceYears).toEqual(['2010']);
    expect(profileQuestion('Which UN team working on the post-2015 agenda did IOM join?').years).toEqual([]);
    expect(profileQuestion('Which UN team did IOM join in 2012?').years).toEqual(['2012']);
  });

  it('tells a year that names something from a time asked about, and marks a period opened by "since"', () => {
    const named = profileQuestion('According to the 2013 High-level Dialogue, what did the World Migration Report 2011 say?');
    // The year in "according to …" says which report: the answer's document must name it, whatever its sentence says.
    expect(named.years).toEqual(['2011']);
    expect(named.nameYears).toEqual(['2011']);
    expect(named.sourceYears).toEqual(['2013']);
    expect(profileQuestion('How many officials did the Centre train in 2009?').nameYears).toEqual([]);
    expect(profileQuestion('Which States have joined since the Strategy was adopted in 2007?').sinceYears).toEqual(['2007']);
    expect(profileQuestion('How many staff did IOM have in 2009?').sinceYears).toEqual([]);
  });

  it('reads a yes/no question as one, its relative "who" asking for no name', () => {
    const profile = profileQuestion('Do governments keep records of all migrants who go back home?');
    expect(profile.yesNo).toBe(true);
    expect([...profile.types]).toEqual([]);
    expect(profileQuestion('Who keeps records of returning migrants?').yesNo).toBe(false);
  });

  it('marks the words of "according to <source>" and the words that describe rather than name', () => {
    const profile = profileQuestion("How many people move within their own country, according to UNDP's Human Development Report?");
    const term = (key: string) => profile.terms.find((t) => t.key === key)!;
    expect(term('undp').source).toBe(true);
    expect(term('human').source).toBe(true);
    expect(term('peopl').source).toBe(false);
    expect(term('move').describes).toBe(true);
    expect(profileQuestion('What gets emergency work started quickly?').terms.find((t) => t.key === 'quickli')?.describes).toBe(true);
    expect(profileQuestion('Which country is the largest donor?').terms.find((t) => t.key === 'largest')?.describes).toBe(false);
  });

  it('has no terms for a question of stop words only', () => {
    expect(profileQuestion('What is it?').terms).toEqual([]);
  });
});

describe('profileQuestion: a publication asked for by name', () => {
  it.each([
    ['Which recent publication of IOM looks at the gender side of migration?', true],
    ['In which publication series did the assessment come out?', true],
    ['Which publisher did IOM team up with for Foundations of International Migration Law?', true],
    ['Who did IOM co-publish its comparative study with?', true],
    ['Which organization did IOM bring the 2010 study out with?', true],
    ['What was the point of publishing the MIDA book?', false],
    ['What does IOM do for skilled migrant women?', false],
    ['Why did IOM publish the handbook?', false],
    ['What does the report say about unaccompanied children on the move?', false],
    ['What did the study recommend?', false],
    ['What guides IOM policy on trafficking?', false],
    ['What is the volume of remittances?', false],
    ['What volume of remittances did migrants send home?', false],
    ['What is the title of the IOM report on unaccompanied children?', true],
    ['Which is the IOM report on remittances in Bangladesh?', true],
    ['Which of the reports covers remittances?', true],
    ['What guide did IOM publish for migrants?', true],
    ['Which volume of the series covers Africa?', true],
    ["what's the reference number of the paper on IOM's emergency response capacity?", true],
    ['Is there an IOM document I can read on its role in supporting RCPs?', true],
    ['any IOM research on remittances going to Angola?', true],
    ['Is there a fund for migrants in distress?', false],
    ['Are there any figures on remittances?', false],
    ['What was the total number of travel documents issued?', false],
    ['What is the number of studies conducted by IOM on remittances?', false],
    ['What documents do migrants need to travel?', false],
    ['Are there any reports of abuse of migrant workers?', false],
    ['Are there any documents required for voluntary return?', false],
    ['Which IOM document does the review point readers to for more on border management?', true],
    ['Which documents must returnees present?', false],
  ])('%s → %s', (question, expected) => {
    expect(profileQuestion(question).asksPublication).toBe(expected);
  });
});

describe('profileQuestion: a role asked about', () => {
  it.each([
    ['Who chairs the Business Advisory Board?', true],
    ['Which government chaired the Global Forum in 2011?', true],
    ['Who is running the Diversity Initiative?', true],
    ['What factors lead to irregular migration?', false],
    ['Which developments led to the Berne Initiative?', false],
    ['Which report edited by IOM covers remittances?', false],
    ['Which country led the negotiations leading to the Bali Process?', true],
    ['Who attended the seminar?', false],
  ])('%s → %s', (question, expected) => {
    expect(profileQuestion(question).role !== null).toBe(expected);
  });
});
