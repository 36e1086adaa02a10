import { describe, expect, it } from 'vitest';
import { after } from '../../test-support/follow-up-turns';

describe('follow-up antecedents', () => {
  it('does not read an adverb or an adjective as what was asked about', () => {
    // Before: "Did most participants at a recent delegate feel the countries usually helped?"
    const rewritten = after("How many countries usually send government delegates to IOM's yearly workshops?", 'Did most participants at a recent one feel it helped?');
    expect(rewritten).toMatch(/a recent workshop/);
    expect(rewritten).not.toMatch(/usually/);
    expect(after("Which international legal texts underpin most of IOM's interventions against trafficking?", 'How have some of its campaigns got people involved?')).toBe(
      "How have some of IOM's campaigns got people involved?",
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
});
