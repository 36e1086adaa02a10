import { describe, expect, it } from 'vitest';
import { PASSAGES } from '../../test-support/answer-passages';
import { passageCitation } from '../answer';
import type { Citation } from '../protocol';
import { createFollowUpRewriter, type FollowUpTurn } from './index';
import { resolveCountedNoun } from './elided-counts';

const rewriter = createFollowUpRewriter();
const turn = (standaloneQuestion: string, answer = '', citations: Citation[] = [], question = standaloneQuestion): FollowUpTurn => ({
  question,
  standaloneQuestion,
  answer,
  citations,
});
const after = (previous: string | FollowUpTurn, question: string) => rewriter.rewrite([typeof previous === 'string' ? turn(previous) : previous], question);

const IDM_TURN = turn(
  'What is the IDM?',
  'IOM Council’s International Dialogue on Migration (IDM) is a forum for international dialogue on migration, where governments and IOM … are able to explore modern migratory movements. [1]',
  [passageCitation(PASSAGES.idmForum, 1, 1)],
);

describe('follow-up rewriter', () => {
  it('keeps the year of the report a question names, and adds the asked one', () => {
    expect(after("How many migrants does IOM's 2010 Strategy review count worldwide?", 'And back in 2005?')).toBe(
      "How many migrants does IOM's 2010 Strategy review count worldwide in 2005?",
    );
    expect(after("According to IOM's 2010 review of its Strategy, how many staff did IOM have in 2009?", 'And in 2007?')).toBe(
      "According to IOM's 2010 review of its Strategy, how many staff did IOM have in 2007?",
    );
    expect(after('What was the theme of the 2008 IDM?', 'And 2007?')).toBe('What was the theme of the 2007 IDM?');
    // "The year before" counts from the asked year, not from the report's.
    expect(after("According to IOM's 2010 review of its Strategy, how many staff did IOM have in 2009?", 'And the year before?')).toBe(
      "According to IOM's 2010 review of its Strategy, how many staff did IOM have in 2008?",
    );
    expect(after("According to IOM's 2010 review of its Strategy, what did IOM do?", 'And the year before?')).not.toContain('2009');
  });

  it('asks about the year instead of the present: "today", "currently", "the current count"', () => {
    expect(after('How many migrants live in the world today?', 'And in 2005?')).toBe('How many migrants live in the world in 2005?');
    expect(after('How many staff does IOM currently have?', 'What about in 2007?')).toBe('How many staff does IOM have in 2007?');
    expect(after('At present, how many Member States does IOM have?', 'And in 2005?')).toBe('How many Member States does IOM have in 2005?');
    expect(after("What is the current worldwide count of migrants that IOM's 2010 Strategy review cites?", 'And back in 2005?')).toBe(
      "What is the worldwide count of migrants that IOM's 2010 Strategy review cites in 2005?",
    );
    // Words that only contain a present-time word stay, and so does a title's "Today" or "Current".
    expect(after('Why do migrants have nowhere to go?', 'And in 2005?')).toBe('Why do migrants have nowhere to go in 2005?');
    expect(after('What does the Migration Today series cover?', 'And in 2005?')).toBe('What does the Migration Today series cover in 2005?');
    expect(after('How many copies of the Current Trends report were printed?', 'And in 2005?')).toBe('How many copies of the Current Trends report were printed in 2005?');
    expect(after('Who is the current Director General of IOM?', 'And in 2005?')).toBe('Who is the Director General of IOM in 2005?');
    // A year with its preposition is the one asked about, not the year ending a title.
    expect(after('How many copies of the World Migration Report 2008 were sold in 2009?', 'And in 2010?')).toBe(
      'How many copies of the World Migration Report 2008 were sold in 2010?',
    );
  });

  it('swaps the year of the previous question: "And in 2008?"', () => {
    expect(after('How many health assessments did IOM perform in 2009?', 'And in 2008?')).toBe('How many health assessments did IOM perform in 2008?');
    expect(after('How many staff did IOM have in 2009?', 'What about 2007?')).toBe('How many staff did IOM have in 2007?');
    expect(after('How many health assessments did IOM perform?', 'And in 2008?')).toBe('How many health assessments did IOM perform in 2008?');
    expect(after('How many migrants did IOM train in 2009?', 'And back in 2005?')).toBe('How many migrants did IOM train in 2005?');
    expect(after('How many migrants did IOM train in 2009?', 'As of 2007?')).toBe('How many migrants did IOM train in 2007?');
  });

  it('reads no year of the event in "post-2015" or "pre-2008"', () => {
    expect(after('Which UN team working on the post-2015 agenda did IOM join?', 'And the year before?')).not.toMatch(/2014/);
    expect(after('How did remittances fall below pre-2008 levels?', 'And in 2010?')).toBe('How did remittances fall below pre-2008 levels in 2010?');
  });

  it('does not read an adverb or an adjective as what was asked about', () => {
    // Before: "Did most participants at a recent delegate feel the countries usually helped?"
    const rewritten = after("How many countries usually send government delegates to IOM's yearly workshops?", 'Did most participants at a recent one feel it helped?');
    expect(rewritten).toMatch(/a recent workshop/);
    expect(rewritten).not.toMatch(/usually/);
    expect(after("Which international legal texts underpin most of IOM's interventions against trafficking?", 'How have some of its campaigns got people involved?')).toBe(
      "How have some of IOM's campaigns got people involved?",
    );
  });

  it('leaves an "it" that only holds the place of a clause ("makes it harder to …"), and resolves the others', () => {
    const strategy = 'What is the IOM Strategy?';
    expect(after('What makes migration and development work hard?', 'What else makes it harder to build capacity?')).toBe('What else makes it harder to build capacity?');
    expect(after(strategy, 'Is it possible for Member States to change it?')).toBe('Is it possible for Member States to change the IOM Strategy?');
    expect(after(strategy, 'Is it easier to apply it in the field?')).toBe('Is it easier to apply the IOM Strategy in the field?');
    expect(after(strategy, 'Were it easier to apply it, would States do so?')).toBe('Were it easier to apply the IOM Strategy, would States do so?');
    expect(after(strategy, 'Why is it important?')).toBe('Why is the IOM Strategy important?');
    expect(after(strategy, 'Did it make it much harder to act?')).toBe('Did the IOM Strategy make it much harder to act?');
    expect(after(strategy, 'Does it refer to migrants?')).toBe('Does the IOM Strategy refer to migrants?');
    expect(after(strategy, 'Did it offer to help?')).toBe('Did the IOM Strategy offer to help?');
  });

  it('resolves "its" to the named thing of the previous question, spelling out its acronym from the answer', () => {
    expect(rewriter.rewrite([IDM_TURN], 'What about its workshops?')).toBe('What about the workshops of the International Dialogue on Migration?');
  });

  it('reads "its X" as "the X of <name>" when the name has a preposition, else as "<name>\'s X"', () => {
    const centre = 'Which courses does the African Capacity-building Centre in Tanzania run?';
    expect(after(centre, 'Who attends its courses?')).toBe('Who attends the courses of the African Capacity-building Centre in Tanzania?');
    // "Tanzania's own staff" would make Tanzania the owner; "the terms of the Centre of reference" would split a phrase.
    expect(after(centre, 'Who runs its own training?')).toBe("Who runs the African Capacity-building Centre in Tanzania's own training?");
    expect(after(centre, 'What are its terms of reference?')).toBe("What are the African Capacity-building Centre in Tanzania's terms of reference?");
    expect(after(centre, 'Which themes have its courses covered recently?')).toBe('Which themes have the courses of the African Capacity-building Centre in Tanzania covered recently?');
    // "focus" may be a verb that ends the noun ("its main | focus"), so the owner stays in front.
    expect(after(centre, 'What has been its main focus?')).toBe("What has been the African Capacity-building Centre in Tanzania's main focus?");
    expect(after('Who founded the Berne Initiative?', 'Who acts as its secretariat?')).toBe("Who acts as the Berne Initiative's secretariat?");
    expect(after('What is the Bali Process?', 'Who guides its activities?')).toBe("Who guides the Bali Process's activities?");
    expect(after('What is the International Dialogue on Migration for?', 'Besides its annual sessions, how many workshops does it hold a year?')).toBe(
      'Besides the annual sessions of the International Dialogue on Migration, how many workshops does the International Dialogue on Migration hold a year?',
    );
  });

  it('reads "it" as what "which X" asks, not a name modifying X or a noun taken for the verb', () => {
    // Before: "What was Council about?"
    expect(after("Which earlier Council resolution does the 2007 resolution adopting IOM's Strategy call to mind?", 'What was it about?')).toBe(
      'What was the earlier Council resolution about?',
    );
    // "IOM's 2010 review", not "IOM's 2010": a year dates the noun after it.
    expect(after("Which issue does IOM's 2010 review of its Strategy expect to grow?", 'Which concerns does it say remain priorities?')).toBe(
      "Which concerns does IOM's 2010 review say remain priorities?",
    );
    // An owned phrase inside the asked one is a thing of its own.
    expect(after("Which edition of IOM's flagship World Migration report did MPRP lead on?", 'Who edited it?')).toBe("Who edited IOM's flagship World Migration report?");
  });

  it('gives a name the question owned ("its Programme") an article when it stands alone', () => {
    expect(after('When did IOM set up its Migration Research and Policy Programme?', 'What prompted it?')).toBe('What prompted the Migration Research and Policy Programme?');
  });

  it('keeps an acronym it cannot spell out', () => {
    expect(after('What is the IDM?', 'When was it launched?')).toBe('When was the IDM launched?');
  });

  it('carries the year into a new question introduced by "and"', () => {
    expect(after('How many health assessments in 2009?', 'And how many migrants were trained?')).toBe('How many migrants were trained in 2009?');
  });

  it('carries no year that only names something ("under the 2007 Strategy"), but one that dates a common noun', () => {
    expect(after('How often was the Standing Committee supposed to meet under the 2007 Strategy agreement?', 'And which resolution would setting it up negate?')).toBe(
      'Which resolution would setting the Standing Committee up negate?',
    );
    expect(after('How many 2009 projects did IOM run?', 'And how many migrants were trained?')).toBe('How many migrants were trained in 2009?');
  });

  it('grafts onto "How many X has IOM done?" with X as the object, and onto "How many X were done?" with X as the subject', () => {
    expect(after('How many projects has IOM implemented since 2007?', 'In which regions?')).toBe('In which regions has IOM implemented projects since 2007?');
    expect(after('How many Migration Profiles had IOM completed by 2010?', 'In which parts of the world?')).toBe(
      'In which parts of the world had IOM completed Migration Profiles by 2010?',
    );
    expect(after('How many migrants were trained by IOM in 2009?', 'In how many countries?')).toBe('In how many countries were migrants trained by IOM in 2009?');
  });

  it('keeps an -ing noun in the phrase "that" stands for ("the … law training for staff")', () => {
    expect(after('In which languages will the July 2007 migration law training for mission staff be interpreted?', 'Who is paying for that?')).toBe(
      'Who is paying for the July 2007 migration law training?',
    );
    expect(after('How many return programmes is IOM running?', 'How long has it been doing this?')).toMatch(/^How long has IOM been doing/);
  });

  it('grafts "Why?" onto a "which X" question with the X it asked for', () => {
    expect(after('Which subject did IOM put at the top of its research agenda?', 'Why?')).toBe('Why did IOM put the subject at the top of its research agenda?');
    expect(after('What theme did the IDM choose for 2007?', 'Why?')).toBe('Why did the IDM choose the theme for 2007?');
    expect(after('How many migrants did IOM train in 2009?', 'Why?')).toBe('Why did IOM train migrants in 2009?');
  });

  it('puts the X asked for after a preposition the question left stranded, and ends a modal\'s subject at its verb', () => {
    expect(after('Which countries did IOM work with in 2009?', 'Why?')).toBe('Why did IOM work with the countries in 2009?');
    expect(after('Which programmes will IOM rely on?', 'Why?')).toBe('Why will IOM rely on programmes?');
    expect(after('Whose joint efforts will the October 2007 IDM workshop on labour mobility and development focus on?', 'Why?')).toBe(
      'Why will the October 2007 IDM workshop on labour mobility and development focus on joint efforts?',
    );
    // Not after an adverb that ends the clause, nor inside two prepositions that make one ("from within").
    expect(after('Which report did IOM publish before?', 'Why?')).toBe('Why did IOM publish the report before?');
    expect(after('Which programmes did IOM fund from within its budget?', 'Why?')).toBe('Why did IOM fund the programmes from within its budget?');
    expect(after('Which partners did IOM work with in the region?', 'Why?')).toBe('Why did IOM work with the partners in the region?');
    expect(after('Which donors did IOM turn to after the crisis?', 'Why?')).toBe('Why did IOM turn to the donors after the crisis?');
    expect(after('Which camps did the migrants go through?', 'When?')).toBe('When did the migrants go through the camps?');
    // A modal's subject the grammar cannot end at a verb is split as before.
    expect(after('How many migrants could the programme enable to return?', 'Why?')).toBe('Why could the programme enable to return migrants?');
  });

  it('reads a wh-fragment sharpened as the grammar does ("When exactly?", "When precisely?")', () => {
    expect(after('In which countries did IOM open offices?', 'When precisely?')).toBe('When precisely did IOM open offices?');
    expect(after('In which countries did IOM open offices?', 'When exactly?')).toBe('When exactly did IOM open offices?');
  });

  it('grafts a wh-fragment onto the previous question', () => {
    expect(after('How many health assessments did IOM perform in 2009?', 'In how many countries?')).toBe(
      'In how many countries did IOM perform health assessments in 2009?',
    );
    expect(after('How many health assessments were performed in 2009?', 'In how many countries?')).toBe(
      'In how many countries were health assessments performed in 2009?',
    );
    expect(after('When was the expert seminar on migration and the environment held?', 'Where?')).toBe(
      'Where was the expert seminar on migration and the environment held?',
    );
    expect(after('How many health assessments did IOM perform in 2009?', 'Why?')).toBe('Why did IOM perform health assessments in 2009?');
  });

  it('grafts an adverb onto a question that opened with a preposition, leaving that phrase out', () => {
    expect(after('In which countries did IOM open offices in 2009?', 'Why?')).toBe('Why did IOM open offices in 2009?');
    expect(after('For which kind of displacement is IOM the global cluster lead for camp management?', 'Since when?')).toBe(
      'Since when is IOM the global cluster lead for camp management?',
    );
    // "How many?" would need "in which countries" turned round.
    expect(after('In which countries did IOM open offices in 2009?', 'How many?')).toBe('In which countries did IOM open offices in 2009 — how many?');
  });

  it('falls back to a readable concatenation when the previous question has no verb to graft onto', () => {
    expect(after('How many health assessments in 2009?', 'In how many countries?')).toBe('How many health assessments in 2009 — in how many countries?');
    expect(after('What is the IDM?', 'Why?')).toBe('What is the IDM — why?');
    // "what" is the object of "do": grafting would leave "does IOM do about …" without one.
    expect(after('What does IOM do about human trafficking?', 'In which regions?')).toBe('What does IOM do about human trafficking — in which regions?');
  });

  it('resolves plural pronouns to what was counted, and "its" to the organisation', () => {
    expect(after('How many health assessments did IOM perform in 2009?', 'Where were they performed?')).toBe(
      'Where were the health assessments performed?',
    );
    expect(after('How many health assessments did IOM perform in 2009?', 'What was their purpose?')).toBe(
      'What was the purpose of the health assessments IOM performed in 2009?',
    );
    expect(after('How many projects did IOM implement in 2009?', 'What was their total value?')).toBe('What was the total value of the projects IOM implemented in 2009?');
    expect(after('How many staff did IOM have in 2009?', 'What about its expenditures?')).toBe("What about IOM's expenditures in 2009?");
  });

  it('reads what the previous question is about past its asides, "kinds of", "most of" and "take part"', () => {
    // A lead-in before a comma: the wh-question after it is parsed ("each of the 2008 IDM" before).
    expect(after('Under the return migration theme proposed for the 2008 IDM, in which contexts could return be explored?', 'What would be looked at in each of them?')).toBe(
      'What would be looked at in each of the contexts?',
    );
    // "according to …" names the source; "kind of networks" are networks; "to inform …" is no noun phrase.
    expect(after('What kind of networks has IOM helped establish to inform returning migrant workers, according to the 2010 review of its Strategy?', 'Name a study that assessed them.')).toBe(
      'Name a study that assessed the networks.',
    );
    // What "what X does IOM give …" asks for comes before IOM for "it" when the object ("migrants") is plural.
    expect(after('What kinds of training does IOM give migrants before they move?', 'How many people went through it in 2009?')).toBe(
      'How many people went through the training in 2009?',
    );
    // "they" with nothing plural the question is about: a plural noun phrase of it, not IOM.
    expect(after('Does IOM push for irregular migrants to get basic health care?', 'Why do they avoid clinics?')).toBe('Why do the irregular migrants avoid clinics?');
    // After "help" a verb is a second verb, and the owner in "according to IOM's chapter" is there for "its".
    expect(after("According to IOM's chapter for the 2013 High-level Dialogue, between which parties has it helped conclude labour agreements?", 'What have its circular schemes included?')).toBe(
      "What have IOM's circular schemes included?",
    );
    // "take part in X": X, not "the part".
    expect(after('In what capacities does IOM take part in the major regional consultative processes?', 'How else can it help them?')).toBe(
      'How else can IOM help the major regional consultative processes?',
    );
    // "most of IOM's interventions" are the interventions, and IOM, their owner, is still there for "its".
    expect(after("Which international legal texts underpin most of IOM's interventions against trafficking?", 'How have some of its campaigns got people involved?')).toBe(
      "How have some of IOM's campaigns got people involved?",
    );
  });

  it('reads a request for examples as one about the previous question', () => {
    const previous = "Did any of the IDM's workshops lead to continued work with partner organizations?";
    expect(after(previous, 'Give me a couple of examples.')).toBe(
      "Did any of the IDM's workshops lead to continued work with partner organizations — give me a couple of examples?",
    );
    expect(after(previous, 'Such as?')).toBe("Did any of the IDM's workshops lead to continued work with partner organizations — such as?");
    expect(after('What does IOM do against trafficking?', 'What cases did it handle in 2009?')).toBe('What cases did IOM handle in 2009?');
  });

  it('leaves out of a yes/no question the noun a grafted fragment now asks for', () => {
    expect(after('Has IOM helped countries improve guardianship for unaccompanied minors?', 'In which countries?')).toBe(
      'In which countries has IOM helped improve guardianship for unaccompanied minors?',
    );
    expect(after('Has IOM trained officials in Africa?', 'Which officials?')).toBe('Which officials has IOM trained in Africa?');
    expect(after('Does IOM run training centres?', 'In which countries?')).toBe('In which countries does IOM run training centres?');
  });

  it('says which of what was counted or asked for a plural pronoun means, unless the follow-up says it again', () => {
    expect(after("How many people went through IOM's migrant training in 2009?", 'How many of them were women?')).toBe(
      "How many of the people that went through IOM's migrant training in 2009 were women?",
    );
    expect(after('Which countries joined IOM as members after the 2007 Strategy?', 'Are any of them in Africa?')).toBe(
      'Are any of the countries that joined IOM as members after the 2007 Strategy in Africa?',
    );
    // The phrase ends before a clause whose subject is a pronoun, and "has IOM given" is no passive.
    expect(after('What kinds of help has IOM given the trafficked persons it has assisted since 2007?', 'How many of them were children?')).toBe(
      'How many of the trafficked persons were children?',
    );
    // The follow-up's own verb says which: "the countries of origin IOM helped send workers … send" would say it twice.
    expect(after('Which countries of origin did IOM help send workers to Canada?', 'How many workers did they send?')).toBe('How many workers did the countries of origin send?');
    // Where, not which: "in how many countries" only sets the place.
    expect(after('In how many countries did IOM perform health assessments in 2009?', 'Who paid for them?')).toBe('Who paid for the health assessments?');
  });

  it('resolves "it" to what the previous question is about, not to a name modifying it or owning it', () => {
    expect(after('What topic will the second IDM training session of 2007 for the Permanent Missions cover?', 'When exactly will it be held?')).toBe(
      'When exactly will the second IDM training session of 2007 be held?',
    );
    expect(after("Roughly how many titles are listed in IOM's latest publications catalogue?", 'When was it put together?')).toBe(
      "When was IOM's latest publications catalogue put together?",
    );
    expect(after("In how many of the GFMD's 2011 thematic meetings was IOM involved?", 'Which workshop did it help organize?')).toBe(
      'Which workshop did IOM help organize?',
    );
    expect(after('Which IDM intersessional workshop was held in 2005 with the Dutch foreign ministry?', 'Which UN agency took part in it?')).toBe(
      'Which UN agency took part in the IDM intersessional workshop?',
    );
    expect(after('When was IOM first set up?', 'When did it get its present name?')).toBe("When did IOM get IOM's present name?");
  });

  it('reads a singular and a plural pronoun of one question as two things', () => {
    // Before: "Who does Mixed Migration Task Force co-chair the Mixed Migration Task Force with?"
    expect(after('Where does IOM co-chair a Mixed Migration Task Force, for example?', 'Who does it co-chair them with?')).toBe('Who does IOM co-chair the Mixed Migration Task Force with?');
    // Two "it"s may be one thing.
    expect(after('When was IOM first set up?', 'When did it get the name it has today?')).toBe('When did IOM get the name IOM has today?');
  });

  it('ends the subject of "When will X be held?" before "be"', () => {
    // Before: "Where will the second IDM intersessional workshop of 2007 be be held?"
    expect(after('When will the second IDM intersessional workshop of 2007 be held?', 'Where will it be held?')).toBe('Where will the second IDM intersessional workshop of 2007 be held?');
  });

  it('reads what "When and where was X set up?" is about', () => {
    // Before: "Who chairs Thailand?"
    expect(after('When and where was the working group on international migration in Thailand set up?', 'Who chairs it?')).toBe('Who chairs the working group?');
  });

  it('reads the object of "has IOM given X" and "which States have ratified X", and no preposition as a verb', () => {
    expect(after('How many migrants has IOM given its orientation course to?', 'Who pays for it?')).toBe('Who pays for the orientation course?');
    expect(after('Which States have ratified the Convention on Migrant Workers?', 'When did it enter into force?')).toBe('When did the Convention enter into force?');
    // "the experts at the Bangkok seminar" is the subject and "analyse" the verb, not "at": "it" is the seminar.
    expect(after('What links did the experts at the Bangkok seminar analyse?', 'How will its outcomes be used?')).toBe(
      "How will the Bangkok seminar's outcomes be used?",
    );
  });

  it('reads "is IOM the lead agency" as IOM said to be something: "it" is still IOM, and no "IOM the lead agency"', () => {
    expect(after('Why is IOM the lead agency for camp management?', 'Who appointed it?')).toBe('Who appointed IOM?');
    expect(after('For which kind of displacement is IOM the global lead of the camp management cluster?', 'Who leads it for conflicts?')).not.toContain(
      'IOM the',
    );
  });

  it('reads "they" as what was acted on, not where ("In how many countries …"), unless it asks which they were', () => {
    const previous = 'In how many countries has IOM given its orientation courses to migrants?';
    expect(after(previous, 'Who attends them?')).toBe('Who attends the orientation courses?');
    expect(after(previous, 'Which were they?')).toBe('In which countries has IOM given its orientation courses to migrants?');
  });

  it('reads what yes/no questions and requests are about, and no auxiliary or month as a name', () => {
    expect(after('Does IOM put out an academic journal on migration?', 'Who manages it?')).toBe('Who manages the academic journal?');
    expect(after('Is PLURAL+ the youth video contest on migration?', 'Who runs it together with IOM?')).toBe('Who runs PLURAL+ together with IOM?');
    expect(after('Tell me about the IOM training centre for African officials in Tanzania.', 'When was it set up?')).toBe(
      'When was the IOM training centre set up?',
    );
    expect(after('In the June 2007 note, what did IOM say about the Bangkok seminar?', 'Who attended it?')).not.toContain('June');
    // "on the Bali Process steering group": the phrase is what "on" governs.
    expect(after('Who is on the Bali Process steering group?', 'Which of them are not governments?')).not.toContain('of the on');
    // "Who sits on …": "sits" is the verb, so this is no fragment to graft onto the previous question; "besides" is none.
    expect(after('Why did the Director General create a Business Advisory Board?', 'Who sits on its board?')).not.toContain('create');
    expect(after('Who organised the Bali seminar in 2009?', 'Who besides IOM?')).toContain('Bali seminar');
    // "Can you explain why …" asks about a clause; "Do the Member States …" is about the States.
    expect(after('Can you explain why IOM closed its office in Kenya?', 'When did it reopen?')).not.toContain('why');
    expect(after('Do the IOM Member States pay contributions?', 'How much do they pay?')).toContain('Member States');
  });

  it('asks the same question with another name after the same preposition, and leaves other phrases alone', () => {
    expect(after('Which GMG working group does IOM co-chair with UNDP?', 'And with UN DESA?')).toBe('Which GMG working group does IOM co-chair with UN DESA?');
    expect(after('What circular migration scheme did IOM set up between Colombia and Spain?', 'And between Guatemala and Canada?')).toBe(
      'What circular migration scheme did IOM set up between Guatemala and Canada?',
    );
    // Only the name is swapped: what follows it stays.
    expect(after('Which projects with UNHCR were evaluated in 2009?', 'And with UNICEF?')).toBe('Which projects with UNICEF were evaluated in 2009?');
    // A wh-word is a fragment to graft, not a name to swap in.
    expect(after('How many migrants did IOM evacuate from Libya in 2011?', 'And from when?')).toBe('From when did IOM evacuate migrants from Libya in 2011?');
  });

  it('keeps the article with the place the reader named, and gives "How many attended?" the previous topic', () => {
    expect(after('Since when has IOM done cultural orientation for refugees going to the US?', 'What about Australia?')).toBe(
      'Since when has IOM done cultural orientation for refugees going to Australia?',
    );
    expect(after('Since when has IOM done cultural orientation for refugees going to Finland?', 'And to the Netherlands?')).toBe(
      'Since when has IOM done cultural orientation for refugees going to the Netherlands?',
    );
    // A place before a noun leaves the noun's article where it is.
    expect(after('What did IOM do after the Haiti earthquake?', 'What about Pakistan?')).toBe('What did IOM do after the Pakistan earthquake?');
    expect(after('What was the 2005 Haifa conference for women leaders about?', 'How many attended?')).toBe(
      'How many attended the 2005 Haifa conference for women leaders?',
    );
  });

  it('asks the same question of another ordinal: "And the first?"', () => {
    expect(after('When is the second IDM intersessional workshop in 2007?', 'And the first?')).toBe('When is the first IDM intersessional workshop in 2007?');
    expect(after('What was the first of the two themes proposed for the IDM in 2008?', 'And the second one?')).toBe(
      'What was the second of the two themes proposed for the IDM in 2008?',
    );
    // "first open" is no numbered noun.
    expect(after('When did IOM first open an office in Haiti?', 'And the second?')).not.toContain('second open');
  });

  it('reads requests: "Name them" asks which of what was counted, "Tell me more" the same again, "Why is that?" why', () => {
    const counted = 'How many Migration Profiles did IOM complete in 2011?';
    expect(after(counted, 'Name them.')).toBe('Which Migration Profiles did IOM complete in 2011?');
    expect(after(counted, 'Which ones?')).toBe('Which Migration Profiles did IOM complete in 2011?');
    expect(after('Which countries co-chair the Bali Process?', 'Can you list them, please?')).toBe('Which countries co-chair the Bali Process?');
    expect(after(counted, 'Name them all.')).toBe('Which Migration Profiles did IOM complete in 2011?');
    expect(after(counted, 'Can you elaborate?')).toBe(counted);
    expect(after(counted, 'More details, please')).toBe(counted);
    expect(after(counted, 'Go on.')).toBe(counted);
    expect(after(counted, 'Why is that?')).toBe('Why did IOM complete Migration Profiles in 2011?');
    expect(after(counted, 'How come?')).toBe('Why did IOM complete Migration Profiles in 2011?');
    // "What for?", "To achieve what?": the purpose, not "What for did IOM …?".
    expect(after(counted, 'What for?')).toBe('For what purpose did IOM complete Migration Profiles in 2011?');
    expect(after(counted, 'To achieve what?')).toBe('For what purpose did IOM complete Migration Profiles in 2011?');
    expect(after(counted, 'To what end?')).toBe('For what purpose did IOM complete Migration Profiles in 2011?');
    expect(after(counted, 'For what reason?')).toBe('For what reason did IOM complete Migration Profiles in 2011?');
    // An imperative keeps the previous year, as a fragment does; one without an object of its own asks about it.
    expect(after(counted, 'Describe them.')).toBe('Describe the Migration Profiles IOM completed in 2011.');
    expect(after('What is the Berne Initiative?', 'Give examples.')).toBe('What is the Berne Initiative — give examples?');
    // "name changes", "list B projects": nouns, not requests.
    expect(after('What changes did the Council approve in 2007?', 'What about name changes?')).toBe('What name changes did the Council approve in 2007?');
    // An imperative with its object: the pronoun resolved, not "What about describe …?".
    expect(after('What is the Berne Initiative?', 'Describe it.')).toBe('Describe the Berne Initiative.');
    expect(after('What is the Berne Initiative?', 'Tell me more about it.')).toBe('Tell me more about the Berne Initiative.');
  });

  it('reads "it" and "they" by number: bodies joined by "and" are plural, the object of a wh-subject question is singular', () => {
    // "Which X <verb> Y?": the wh-noun is the subject; "it" is the singular object, not the plural wh-noun.
    expect(after('Which agencies organised the 2008 regional seminar on labour mobility?', 'Where was it held?')).toBe(
      'Where was the 2008 regional seminar held?',
    );
    // "IOM and UNHCR" are two bodies: "it" is what they opened; "help open" is two verbs.
    expect(after('In which country did IOM and UNHCR help open an emergency transit centre?', 'Who runs it?')).toBe(
      'Who runs the emergency transit centre?',
    );
    // "they" is the pair, not the name after "of" inside "Alliance of Civilizations", and takes no "the".
    expect(after('What are IOM and the UN Alliance of Civilizations building together?', 'When did they start?')).toBe(
      'When did IOM and the UN Alliance of Civilizations start?',
    );
  });

  it('reads "the same X" and "the said X" like "this X", and a place adjective as part of its noun phrase', () => {
    expect(after('When was the expert seminar on migration and the environment held?', 'Who chaired the same seminar?')).toBe('Who chaired the expert seminar?');
    expect(after('Which Mexican government body did IOM work with in 2010?', 'Where is the said body based?')).toBe(
      'Where is the Mexican government body based?',
    );
    // A name after "the" before the noun it modifies: "it" is the crisis, never "the Libya".
    expect(after('What did IOM do during the Libya crisis?', 'When did it start?')).toBe('When did the Libya crisis start?');
    expect(after('Does the Libya crisis show the need for more funding?', 'When did it start?')).toBe('When did the Libya crisis start?');
    // After "did", the word after the name may be its verb; "I" is the asker, no name.
    expect(after('When did the Office close?', 'Why did it close?')).toBe('Why did the Office close?');
    expect(after('Did the Libya crisis in 2011 affect remittances?', 'When did it start?')).toBe('When did the Libya crisis start?');
    expect(after('Will the Geneva meeting on return be held?', 'Who will chair it?')).toBe('Who will chair the Geneva meeting?');
    expect(after('Is there a report I can read?', 'Who wrote it?')).toBe('Who wrote the report?');
    // "What's" is "What is"; "I can read" is a clause of its own; a question mark inside the question ends no name.
    expect(after('Is there an IOM document I can read on its role in supporting RCPs?', "what's the date on it?")).toBe('What is the date on the IOM document?');
    expect(after('any IOM research on remittances going to Angola? sent from where?', 'What number is it in the series?')).not.toMatch(/\?.*\?/);
    expect(after('Who attended the Bangkok seminar in 2007?', 'What did it recommend?')).toBe('What did the Bangkok seminar recommend?');
  });

  it('takes what "which/what X did …" asks about when the question has no other subject or object phrase', () => {
    expect(after('Which 2008 workshop on circular migration did IOM contribute to as part of its GFMD support?', 'Who held it?')).toBe(
      'Who held the 2008 workshop?',
    );
    expect(after('What training package is MPRP coordinating?', "Who's it aimed at?")).toBe('Who is the training package aimed at?');
    // "report" is a search stop word, but a noun the question can be about.
    expect(after('Which report did IOM publish in 2008?', 'Who wrote it?')).toBe('Who wrote the report?');
    // The subject of a wh-subject question is not what it is about: its object is.
    expect(after('Which agency co-chairs the Diversity Initiative in Ukraine with IOM?', 'What is it trying to fight?')).toBe(
      'What is the Diversity Initiative in Ukraine trying to fight?',
    );
  });

  it('grafts "Why?" onto a question whose wh-word is the object, leaving the object open', () => {
    expect(after('Who does the IDM usually team up with for its workshops?', 'Why?')).toBe('Why does the IDM usually team up with for its workshops?');
  });

  it('keeps an owned noun phrase whole through names and "and"', () => {
    expect(after("Which edition of IOM's flagship World Migration report came out in 2003?", 'Who edited it?')).toBe(
      "Who edited IOM's flagship World Migration report?",
    );
    expect(after("Which countries did IOM's South–South co-development project cover?", 'How long did it run?')).toBe(
      "How long did IOM's South–South co-development project run?",
    );
    expect(after("What study did IOM's research and policy programme run in 2002?", 'What else did it publish?')).toBe(
      "What else did IOM's research and policy programme publish?",
    );
  });

  it('resolves "this seminar" and names from the previous question', () => {
    expect(after('When was the expert seminar held?', 'What did this seminar discuss?')).toBe('What did the expert seminar discuss?');
    expect(after('What is the Berne Initiative?', 'Who launched it?')).toBe('Who launched the Berne Initiative?');
    expect(after('What is MIDA?', 'In which countries does it operate?')).toBe('In which countries does MIDA operate?');
    // "this kind of work" describes; only "it" points back.
    expect(after('How many return programmes is IOM running?', 'How long has it been doing this kind of work?')).toBe('How long has IOM been doing this kind of work?');
    // A number after "the" belongs to the name.
    expect(after('Who funds the 1035 Facility?', 'How much money is available under it?')).toBe('How much money is available under the 1035 Facility?');
  });

  it('falls back to the cited section title when the previous question names nothing', () => {
    const previous = turn('What is it about?', 'It brought together 25 experts. [1]', [passageCitation(PASSAGES.expertSeminar, 1, 1)]);
    expect(rewriter.rewrite([previous], 'Who organised it?')).toBe('Who organised Migration and the Environment: Expert Seminar?');
  });

  it('turns a bare noun phrase into "What about …?" with the inherited year', () => {
    expect(after('How many migrants were trained in 2009?', 'Workshops?')).toBe('What about workshops in 2009?');
  });

  it('prefers the topic the conversation keeps coming back to', () => {
    const history = [
      turn('How many health assessments did IOM perform in 2009?'),
      turn('In how many countries did IOM perform health assessments in 2009?', '', [], 'In how many countries?'),
    ];
    expect(rewriter.rewrite(history, 'What was their purpose?')).toBe('What was the purpose of the health assessments?');
  });

  it('repeats the previous question when nothing new is asked', () => {
    expect(after('What is the Berne Initiative?', 'Tell me more')).toBe('What is the Berne Initiative?');
    expect(after('What is the Berne Initiative?', 'And?')).toBe('What is the Berne Initiative?');
  });

  it('passes self-contained questions through unchanged', () => {
    const history = [turn('How many health assessments did IOM perform in 2009?')];
    for (const question of [
      'What is the purpose of the IDM?',
      'How many migrants did IOM resettle from 2007 through 2009?',
      'In which year was the IOM Strategy approved?',
      'IOM budget 2009',
      'Who co-chairs the Bali Process?',
    ]) {
      expect(rewriter.rewrite(history, question)).toBe(question);
    }
  });

  it('turns a year named relative to the previous one into that year', () => {
    expect(after('What was the theme of the International Dialogue on Migration for 2003?', 'And the year before?')).toBe(
      'What was the theme of the International Dialogue on Migration for 2002?',
    );
    expect(after('How many applicants did IOM serve in 2009?', 'What was the figure two years earlier?')).toBe('How many applicants did IOM serve in 2007?');
    expect(after('How many health assessments did IOM perform in 2009?', 'And the following year?')).toBe(
      'How many health assessments did IOM perform in 2010?',
    );
    expect(after('How many staff did IOM have in 2009?', 'And how many did it have a year earlier?')).toBe('How many staff did IOM have in 2008?');
    // A year that modifies a noun is swapped where it stands.
    expect(after('In which 2010 crises did IOM play a major part?', 'And the year before?')).toBe('In which 2009 crises did IOM play a major part?');
    expect(after("What did the 2011 crisis in Libya cost?", 'And in 2012?')).toBe('What did the 2012 crisis in Libya cost?');
    // No year to count from: no year is made up.
    expect(after('What is the IDM?', 'And the year before?')).not.toMatch(/\d{4}/);
  });

  it('reads "this organization" as the organisation named, and a lone "that" next to "was" as one thing or nothing', () => {
    expect(after('What is the International Organization for Migration?', 'When was this organization founded?')).toBe(
      'When was the International Organization for Migration founded?',
    );
    expect(after('How many migrants did IOM train in 2009?', 'Where was that?')).toBe('Where was that?');
    // Two clauses: "they" and "them" can be the same migrants.
    expect(after('How many migrants did IOM resettle in 2009?', 'Where do they go when IOM resettles them?')).toBe(
      'Where do the migrants go when IOM resettles the migrants?',
    );
  });

  it('reads "they" as two names that did something together, and "they … them" as two things, neither IOM alone', () => {
    expect(after('What online platform did IOM and the UN Alliance of Civilizations create to encourage intercultural respect?', 'What else do they work on together?')).toBe(
      'What else do IOM and the UN Alliance of Civilizations work on together?',
    );
    expect(after("Who are IOM's assisted voluntary return and reintegration activities meant for?", 'What kind of options do they aim to give them?')).toBe(
      "What kind of options do IOM's assisted voluntary return and reintegration activities aim to give them?",
    );
  });

  it('reads the object of a progressive or of "help set up" as the topic, and keeps "the" before an owned phrase', () => {
    expect(after('On whose behalf is IOM organizing the upcoming conference on migration and development in Brussels?', 'Why is Belgium behind it?')).toBe(
      'Why is Belgium behind the upcoming conference?',
    );
    expect(after('In which country did IOM help set up State-run websites for remittance services?', 'By how much did that bring down costs?')).toBe(
      'By how much did the State-run websites bring down costs?',
    );
    expect(after("What was the subtitle of IOM's World Migration Report 2005?", 'Which edition of the series was that?')).toBe(
      "Which edition of the series was the subtitle of IOM's World Migration Report 2005?",
    );
    // "this" is never IOM: with nothing else to stand for, it stays.
    expect(after('How has IOM tried to make young people more employable abroad?', 'Which publication looks at the gender side of this?')).toBe(
      'Which publication looks at the gender side of this?',
    );
    // A clause after the verb is no object ("the up so that …" before); with nothing else named, "it" is IOM.
    expect(after('What did IOM Member States set up so that the Organization can respond to crises?', 'How much money is in it?')).toBe(
      'How much money is in the Organization?',
    );
    // "that" opening an object is a determiner, not a clause.
    expect(after('Why did IOM fund that project in Kenya?', 'When did it start?')).toBe('When did the project start?');
  });

  it('asks "When?" of who did something as a passive, and reads "ones" against any plural of the last question', () => {
    expect(after('Who launched the Berne Initiative?', 'When?')).toBe('When was the Berne Initiative launched?');
    expect(after('Who hosted the GFMD Support Unit?', 'Since when?')).toBe('Since when has the GFMD Support Unit been hosted?');
    expect(after('Who hosts the GFMD Support Unit?', 'Since when?')).toBe('Since when has the GFMD Support Unit been hosted?');
    expect(after('Who leads the camp management cluster?', 'Since when?')).toBe('Since when has the camp management cluster been led?');
    // "runs" → "ran" is no participle.
    expect(after('Who runs the database?', 'Since when?')).toBe('Who runs the database — since when?');
    expect(after('Who puts the report together?', 'Since when?')).toBe('Since when has the report been put together?');
    // "wrote" is no participle, and "which countries" is the subject: the fragment is appended instead.
    expect(after('Who wrote the World Migration Report 2003?', 'When?')).toBe('Who wrote the World Migration Report 2003 — when?');
    expect(after('Which countries joined IOM after 2007?', 'When?')).toBe('Which countries joined IOM after 2007 — when?');
    // A name keeps its prepositions and its number.
    expect(after('Who founded the Global Forum on Migration and Development?', 'When?')).toBe('When was the Global Forum on Migration and Development founded?');
    expect(after('Who hosted the Council of Ministers?', 'When?')).toBe('When was the Council of Ministers hosted?');
    expect(after('Who funded the workshop in Bangkok?', 'Why?')).toBe('Why was the workshop funded in Bangkok?');
    expect(after('Who co-chairs the Global Migration Group working groups with IOM?', 'Which ones does IOM lead?')).toBe('Which groups does IOM lead?');
    expect(after("What's the funding cap for a national project under Line 2 of the 1035 Facility?", 'Regional ones?')).toBe(
      'What is the funding cap for a regional project under Line 2 of the 1035 Facility?',
    );
    expect(after("What's the funding cap for a national project under Line 2 of the 1035 Facility?", 'How many regional ones were funded?')).toBe(
      'How many regional projects were funded?',
    );
  });

  it('reads a demonstrative with its whole noun, head last ("those visa centres"), an -ing noun too ("that training")', () => {
    expect(after('What services does IOM offer in support of temporary and permanent visa categories?', 'How many of those visa centres does it run?')).toBe(
      'How many of those visa centres does IOM run?',
    );
    expect(after('Who did IOM train to report on migration issues?', 'Who paid for that training?')).toBe('Who paid for that training?');
    expect(after('What did IOM launch at the 2004 conference?', 'Where was that conference held?')).toBe('Where was the 2004 conference held?');
    // A predicate after the noun is no part of it, nor a noun after an -ing word.
    expect(after('What is the Berne Initiative?', 'Was that initiative successful?')).toBe('Was the Berne Initiative successful?');
    expect(after("What is IOM's Migrant Resource Centre?", 'Is this helping migrants?')).toContain('helping migrants?');
    // "bring" is a verb: "that" is the pronoun.
    expect(after('In which country did IOM help set up remittance websites?', 'By how much did that bring down costs?')).not.toContain('that bring');
  });

  it('gives "Who took part?" what the previous question did something about ("What did the Bangkok seminar discuss?")', () => {
    expect(after('What did the Bangkok expert seminar discuss?', 'Who took part?')).toBe('Who took part in the Bangkok expert seminar?');
    expect(after('When and where was the expert seminar on Migration and the Environment held?', 'How many countries took part?')).toBe(
      'How many countries took part in the expert seminar on Migration and the Environment?',
    );
    expect(after('What did IOM do?', 'Who took part?')).toBe('Who took part?');
    // Any wh-word of "… did the X <verb>?", and the name "What is the X?" asks about.
    expect(after('When did the International Dialogue on Migration start?', 'Who takes part?')).toBe('Who takes part in the International Dialogue on Migration?');
    expect(after('What is the IDM?', 'Who takes part?')).toBe('Who takes part in the IDM?');
    expect(after('What is the capital of France?', 'Who takes part?')).toBe('Who takes part?');
    // The thing whose title, theme or date was asked, which "it" stands for too; not a budget, which can be approved.
    const titled = "What was the title of IOM's November 2003 IDM workshop on trade and migration?";
    expect(after(titled, 'How many people took part?')).toBe("How many people took part in IOM's November 2003 IDM workshop on trade and migration?");
    expect(after(titled, 'Where was it held?')).toBe("Where was IOM's November 2003 IDM workshop held?");
    expect(after('What is the budget of the IDM?', 'Who approved it?')).toBe('Who approved the budget of the IDM?');
    // The attribute is "it" only when something is said of it ("achieved", "chosen").
    expect(after('What is the goal of the Counter-Trafficking programme?', 'Was it achieved?')).toBe('Was the goal of the Counter-Trafficking programme achieved?');
    expect(after('What was the theme of IDM 2006?', 'Why was it chosen?')).toBe('Why was the theme of IDM 2006 chosen?');
    expect(after('What is the purpose of the Berne Initiative?', 'Who launched it?')).toBe('Who launched the Berne Initiative?');
    expect(after('What was the date of the HLD?', 'Where was it held?')).toBe('Where was the HLD held?');
    expect(after('When did the financial crisis begin?', 'Who took part?')).toBe('Who took part?');
    // People are not what was attended.
    expect(after('What did the experts recommend?', 'Who attended?')).toBe('Who attended?');
    expect(after('What did the participants discuss?', 'Who took part?')).toBe('Who took part?');
    // "who" with no auxiliary is the subject: "it" is the seminar, not Bangkok.
    expect(after('Who took part in the Bangkok expert seminar?', 'Is there a report on it?')).toBe('Is there a report on the Bangkok expert seminar?');
    // A phrase ends where a clause opens.
    expect(after('Who chaired the IOM Council when the 2007 Strategy was approved?', 'Which resolution approved this strategy?')).toBe(
      'Which resolution approved the 2007 Strategy?',
    );
  });

  it('reads "it" as the subject of "What did the X discuss?" and as what "Is there a X …?" asks about', () => {
    expect(after('What did the Bangkok seminar discuss?', 'Who organized it?')).toBe('Who organized the Bangkok seminar?');
    expect(after('Is there a handbook on labour migration for Asian countries?', 'Who published it?')).toBe('Who published the handbook?');
    expect(after('Is there a report on the February 2007 Bangkok expert seminar?', 'Who is writing it?')).toBe('Who is writing the report?');
    // A plural subject is no "it"; "they" finds it, owner and all; "the series" may be one.
    expect(after('What did the participants recommend?', 'Was it implemented?')).toBe('Was it implemented?');
    expect(after('What did the experts recommend?', 'Who were they?')).toBe('Who were the experts?');
    expect(after('What did the GFMD roundtables discuss?', 'Who chaired them?')).toBe('Who chaired the GFMD roundtables?');
    expect(after("What did IOM's Member States agree?", 'When did they agree?')).toBe("When did IOM's Member States agree?");
    expect(after('What did the series cover?', 'Who edited it?')).toBe('Who edited the series?');
    // "any", "still" are no part of what "Is there …" asks exists.
    expect(after('Are there any IOM projects on climate change?', 'Who funds them?')).toBe('Who funds the IOM projects?');
    expect(after('Is there still a gap between labour demand and supply?', 'How big is it?')).toBe('How big is the gap?');
  });

  it('keeps "Roughly" with a count, not with the names "Which ones?" asks for', () => {
    expect(after('Roughly how many nations take part in the Bali Process?', 'Which ones?')).toBe('Which nations take part in the Bali Process?');
    expect(after('About how many nations take part in the Bali Process?', 'Which ones?')).toBe('Which nations take part in the Bali Process?');
  });

  it('does not read "it" as IOM when what is said of it is an event\'s or another kind of thing\'s: "How much did it cost?"', () => {
    const trained = 'How many migrants did IOM train in 2009?';
    expect(after(trained, 'How much did it cost?')).toBe('How much did it cost?');
    expect(after(trained, 'Where was it held?')).toBe('Where was it held?');
    expect(after(trained, 'What kind of training was it?')).toBe('What kind of training was it?');
    // The Organization's own: "it" is IOM.
    expect(after(trained, 'Where is it based?')).toBe('Where is IOM based?');
    expect(after(trained, 'What kind of organization is it?')).toBe('What kind of organization is IOM?');
    // A name that can be held stays its antecedent.
    expect(after('What is the Berne Initiative?', 'When was it held?')).toBe('When was the Berne Initiative held?');
  });

  it('asks the count again for the year of "How many in 2008?"', () => {
    expect(after('How many migrants did IOM train in 2009?', 'How many in 2008?')).toBe('How many migrants did IOM train in 2008?');
    expect(after('How many migrants did IOM train in 2009?', 'Roughly how many in 2007?')).toBe('How many migrants did IOM train in 2007?');
    expect(after('How many migrants did IOM train?', 'How many in 2008?')).toBe('How many migrants did IOM train in 2008?');
    expect(after('How many migrants live in the world today?', 'How many in 2005?')).toBe('How many migrants live in the world in 2005?');
    expect(after('How many copies of the World Migration Report 2008 were sold in 2009?', 'How many in 2010?')).toBe(
      'How many copies of the World Migration Report 2008 were sold in 2010?',
    );
    // A title's year is not the year asked about.
    expect(after('How many copies of the World Migration Report 2008 were sold?', 'How many in 2005?')).not.toContain('Report 2005');
  });

  it('gives "How many did it assist?" the noun it left out', () => {
    expect(after('What does IOM do for victims of trafficking?', 'How many did it assist in 2009?')).toBe('How many victims of trafficking did IOM assist in 2009?');
    expect(after('How many migrants did IOM train in 2009?', 'And how many did it train in 2008?')).toBe('How many migrants did IOM train in 2008?');
    // Nothing to count in the previous question: the follow-up is left as it is, its pronoun resolved.
    expect(after('What is the Berne Initiative?', 'How many did it hold?')).toBe('How many did the Berne Initiative hold?');
    // A count that names its noun needs none.
    expect(after('What does IOM do for victims of trafficking?', 'How many shelters did it open?')).toBe('How many shelters did IOM open?');
    // Not a noun the follow-up already has, or that its "they" may stand for; not one of two; not what a part was of.
    expect(resolveCountedNoun('How many did they train in 2009?', 'What do IOM migrant training programmes offer?')).toBeNull();
    expect(resolveCountedNoun('How many did the training programmes train?', 'What do IOM migrant training programmes offer?')).toBeNull();
    expect(resolveCountedNoun('How many did it help?', 'What services does IOM offer to migrants in Egypt?')).toBeNull();
    expect(resolveCountedNoun('How many did it assist?', 'How many of the trafficked persons were children?')).toBeNull();
  });

  it('reads "How many were new?" as a part of what was counted, and "How many were there in 2007?" as the count again', () => {
    expect(after('How many projects did IOM run in 2009?', 'How many were new?')).toBe('How many of the projects IOM ran in 2009 were new?');
    expect(after("How many people went through IOM's migrant training in 2009?", 'How many were women?')).toBe(
      "How many of the people that went through IOM's migrant training in 2009 were women?",
    );
    expect(after('How many projects did IOM run in 2009?', 'How many were there in 2007?')).toBe('How many projects did IOM run in 2007?');
    // Nothing was counted before: the question stays.
    expect(after('What was the IDM theme in 2008?', 'How many were there in 2007?')).toBe('How many were there in 2007?');
    // The year of a report's title is not the year asked for.
    expect(after('How many migrants does the World Migration Report 2008 count?', 'How many were there in 2005?')).toBe('How many were there in 2005?');
    // A verb after the counted noun is described with "that"; with no description, the question stays.
    expect(after('How many people died in the Haiti earthquake?', 'How many were children?')).toBe(
      'How many of the people that died in the Haiti earthquake were children?',
    );
    expect(after('How many of the victims IOM assisted in 2009 were women?', 'How many were children?')).toBe('How many were children?');
  });

  it('asks the same question in another setting ("And at headquarters?" after "… work in the field?")', () => {
    expect(after('How many of the staff IOM had in 2009 work in the field?', 'And at headquarters?')).toBe('How many of the staff IOM had in 2009 work at headquarters?');
    expect(after('How many migrants did IOM help in the camps?', 'And in the host communities?')).toBe('How many migrants did IOM help in the host communities?');
    // Only a phrase that ends the question, in the same relation.
    expect(after('How many migrants returned in the first half of 2009?', 'And in the second half?')).not.toContain('half 2009');
    expect(after('What happened to the migrants in the camps after the earthquake?', 'And in the cities?')).not.toContain('cities earthquake');
    expect(after('How much did IOM spend on health in the camps?', 'And on education?')).not.toContain('health on education');
    // A year or a place is swapped as such.
    expect(after('How many migrants did IOM train in 2009?', 'And in 2008?')).toBe('How many migrants did IOM train in 2008?');
    expect(after('What has IOM done against xenophobia in Ukraine?', 'And in South Africa?')).toBe('What has IOM done against xenophobia in South Africa?');
  });

  it('asks the same question about another topic ("And about migration law?"), never "What about about …"', () => {
    expect(after('Among the questions proposed for a 2008 IDM on gender, what is asked about migration research?', 'And about migration law?')).toBe(
      'Among the questions proposed for a 2008 IDM on gender, what is asked about migration law?',
    );
    expect(after('How does IOM fund its work in the field?', 'And about migration law?')).toBe('What about migration law?');
    // "What about …" with a common noun changes the topic after "about"; a name is still a subject.
    expect(after('What does the report say about the MDGs?', 'What about remittances?')).toBe('What does the report say about remittances?');
    expect(after('What did the seminar conclude about climate change?', 'How about the environment?')).toBe('What did the seminar conclude about the environment?');
    expect(after('What did IOM say about the MDGs?', 'What about UNHCR?')).toBe('What did UNHCR say about the MDGs?');
    // Not when more than a topic follows "about", nor for another of what the question is about.
    expect(after('What was said about remittances at the IDM?', 'What about diaspora bonds?')).not.toContain('said about diaspora bonds?');
    expect(after('What did the seminar recommend about labour migration?', 'What about the second seminar?')).toBe('What did the second seminar recommend about labour migration?');
  });

  it('reads the word after a demonstrative after a preposition as its noun, though it may be a verb ("from that work")', () => {
    const question = 'How did IOM help Mexico build its migration statistics?';
    expect(after(question, 'Where are the lessons from that work written up?')).toBe('Where are the lessons from that work written up?');
    expect(after('What training did IOM give border officials in 2009?', 'Who paid for that training?')).toBe('Who paid for the training?');
    // An inflected verb after the demonstrative is no noun.
    expect(after('When was the Bangkok seminar held?', 'What happened after that took place?')).toBe('What happened after the Bangkok seminar took place?');
  });

  it('reads the word after a modal as a verb, known or not ("Which Member States could sit on the Committee?")', () => {
    const question = 'Which Member States could sit on the new Standing Committee on Programmes and Finance?';
    expect(after(question, 'Who has to approve its rules of procedure?')).toBe("Who has to approve Standing Committee on Programmes and Finance's rules of procedure?");
    // Not an article: the wh-noun is then the object.
    expect(after('What topic will the second IDM intersessional workshop chosen by the membership for 2007 deal with?', 'Where will it be held?')).toBe(
      'Where will the second IDM intersessional workshop be held?',
    );
  });

  it('reads the subject of "What is X responsible for?" without the adjective said of it', () => {
    const question = "What is IOM's Research and Publications Division responsible for, according to the paper on its activities?";
    expect(after(question, 'How many researchers does it employ?')).not.toContain('responsible');
    expect(after(question, 'How many researchers does it employ?')).toContain('Research and Publications Division employ');
    expect(after('What is the fund available for?', 'Who manages it?')).toBe('Who manages the fund?');
    expect(after('What is the new fund suitable for?', 'Who manages it?')).toBe('Who manages the new fund?');
    // A noun in "-able" is no adjective.
    expect(after('What was the 2009 roundtable about?', 'Who chaired it?')).toBe('Who chaired the 2009 roundtable?');
  });

  it('asks the same question for another place ("What about Central Asia?")', () => {
    expect(after('How does IOM build the capacity of countries of origin in West Africa?', 'What about Central Asia?')).toBe(
      'How does IOM build the capacity of countries of origin in Central Asia?',
    );
    expect(after('How many migrants did IOM evacuate from Libya in 2011?', 'And from Haiti?')).toBe('How many migrants did IOM evacuate from Haiti in 2011?');
    // Not a place: the bare name is asked about in the frame of "What about".
    expect(after('What is the IDM?', 'What about the Bali Process?')).toBe('What about the Bali Process?');
    // A place inside a longer name is no place of the question: "Union" in "the Universal Postal Union".
    expect(after('Which countries is IOM piloting remittance transfers with the Universal Postal Union?', 'What about Kenya?')).not.toContain('Postal Kenya');
    expect(after('What did IOM do in Haiti, Kenya and Pakistan?', 'What about Chad?')).toBe('What did IOM do in Chad, Kenya and Pakistan?');
    // After an acronym, a place is still one ("IOM Kenya").
    expect(after('How many migrants did IOM Kenya assist in 2009?', 'What about Uganda?')).toBe('How many migrants did IOM Uganda assist in 2009?');
  });

  it('asks the same question of another subject ("And the labour migrants?")', () => {
    expect(after('Under the 2008 theme, what can host countries gain from circular migration schemes?', 'And the labour migrants?')).toBe(
      'Under the 2008 theme, what can the labour migrants gain from circular migration schemes?',
    );
    expect(after('What did IOM do in Haiti in 2010?', 'What about UNHCR?')).toBe('What did UNHCR do in Haiti in 2010?');
    // A common noun replaces what "how many" counts.
    expect(after('How many migrants did IOM train in 2009?', 'And refugees?')).toBe('How many refugees did IOM train in 2009?');
    // A capitalised word is a name, not a verb ("States").
    expect(after('According to the MPRP paper, how many Member States does IOM have?', 'And observer States?')).toBe(
      'According to the MPRP paper, how many observer States does IOM have?',
    );
    // Nor is a last "-s" word after a noun ("states", "costs"); after a pronoun or wh-word it is the verb.
    expect(after('How many Member States does IOM have?', 'And observer states?')).toBe('How many observer states does IOM have?');
    expect(after('How many Member States does IOM have?', 'And who pays?')).toBe('Who pays?');
    // No subject the grammar can find, or a fragment that points back: the frame of "What about" stays.
    expect(after('When was the Strategy approved?', 'And the budget?')).toBe('What about the budget?');
    expect(after('How many ministerial meetings has IOM organized?', 'And the second one?')).not.toMatch(/second one/);
  });

  it('reads "the fourth one" as one of what the previous question counted or named', () => {
    expect(after('How many ministerial meetings has IOM organized for Asian countries?', 'Where and when was the first one held?')).toBe(
      'Where and when was the first ministerial meeting held?',
    );
    expect(after('Which recent Bali Process workshops does the paper mention?', 'What did the first one focus on?')).toBe(
      'What did the first Bali Process workshop focus on?',
    );
    expect(after('Where was the very first Global Forum on Migration and Development held?', 'And where was the fourth one going to take place?')).toBe(
      'Where was the fourth Global Forum on Migration and Development going to take place?',
    );
    expect(after('When did the Department hold its inter-agency roundtables?', 'What was the second one about?')).toBe('What was the second inter-agency roundtable about?');
  });

  it('reads "the three-year one" as another of what the previous question was about, without its year', () => {
    expect(after("Who is IOM's 2009–2013 project in Tunisia aimed at?", 'And the three-year one in Colombia?')).toBe('What about the three-year project in Colombia?');
  });

  it('resolves "them" to the plural noun after "of", not to the singular phrase it ends', () => {
    expect(after('Which body did IOM jointly host the first-ever meeting of the major regional processes with?', 'How many of them took part?')).toBe(
      'How many of the major regional processes took part?',
    );
  });

  it('reads "ones" as the noun of the previous question', () => {
    expect(after('What is the funding ceiling for national projects under Line 2?', 'And for regional ones?')).toBe(
      'What is the funding ceiling for regional projects under Line 2?',
    );
    expect(after('Which countries have become Member States since the Strategy was adopted in 2007?', 'And which ones became observers?')).toBe(
      'Which countries became observers since 2007?',
    );
  });

  it('gives a question ending on a bare verb the previous question\'s subject as object', () => {
    expect(after('When and where was the expert seminar on Migration and the Environment held?', 'How many experts attended?')).toBe(
      'How many experts attended the expert seminar on Migration and the Environment?',
    );
    // A question that names its own topic stands alone.
    expect(after('When was the expert seminar held?', 'How many experts attended the Bangkok seminar?')).toBe('How many experts attended the Bangkok seminar?');
  });

  it('passes everything through without history', () => {
    expect(rewriter.rewrite([], 'And in 2008?')).toBe('And in 2008?');
    expect(rewriter.rewrite([], 'What about its workshops?')).toBe('What about its workshops?');
  });

  it('uses the latest standalone question, not the raw follow-up', () => {
    const history = [
      turn('How many health assessments did IOM perform in 2009?'),
      turn('How many health assessments did IOM perform in 2008?', '', [], 'And in 2008?'),
    ];
    expect(rewriter.rewrite(history, 'And in 2007?')).toBe('How many health assessments did IOM perform in 2007?');
  });
});
