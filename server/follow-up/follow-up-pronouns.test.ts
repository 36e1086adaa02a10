import { describe, expect, it } from 'vitest';
import { after, IDM_TURN, rewriter } from '../../test-support/follow-up-turns';

describe('follow-up pronouns', () => {
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

  it('keeps an acronym it cannot spell out', () => {
    expect(after('What is the IDM?', 'When was it launched?')).toBe('When was the IDM launched?');
  });

  it('keeps an -ing noun in the phrase "that" stands for ("the … law training for staff")', () => {
    expect(after('In which languages will the July 2007 migration law training for mission staff be interpreted?', 'Who is paying for that?')).toBe(
      'Who is paying for the July 2007 migration law training?',
    );
    expect(after('How many return programmes is IOM running?', 'How long has it been doing this?')).toMatch(/^How long has IOM been doing/);
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

  it('reads a singular and a plural pronoun of one question as two things', () => {
    // Before: "Who does Mixed Migration Task Force co-chair the Mixed Migration Task Force with?"
    expect(after('Where does IOM co-chair a Mixed Migration Task Force, for example?', 'Who does it co-chair them with?')).toBe('Who does IOM co-chair the Mixed Migration Task Force with?');
    // Two "it"s may be one thing.
    expect(after('When was IOM first set up?', 'When did it get the name it has today?')).toBe('When did IOM get the name IOM has today?');
  });

  it('reads "they" as what was acted on, not where ("In how many countries …"), unless it asks which they were', () => {
    const previous = 'In how many countries has IOM given its orientation courses to migrants?';
    expect(after(previous, 'Who attends them?')).toBe('Who attends the orientation courses?');
    expect(after(previous, 'Which were they?')).toBe('In which countries has IOM given its orientation courses to migrants?');
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

  it('reads "that same X" like "this X", and leaves it when nothing said has that noun', () => {
    // Before: "that same seminar" was left as it was.
    expect(after('Who organized the Bangkok seminar?', 'Who funded that same seminar?')).toBe('Who funded the Bangkok seminar?');
    expect(after('What do the visa centres cost?', 'Who runs those same centres?')).toBe('Who runs the visa centres?');
    // Before: "What kind of staff does the approach same list call for?"
    expect(after('Which stages of migration does the "migration lifecycle" approach cover?', 'What kind of staff does that same list call for?')).toBe(
      'What kind of staff does that same list call for?',
    );
    // A conjunction "that", a time, an ordinal before its noun, "very" before an adjective: not this reading.
    expect(after('What did IOM say about large migration flows?', 'Did IOM find that same flows persisted?')).toBe('Did IOM find that same flows persisted?');
    expect(after('What happened in the International Year of Migrants?', 'Who funded events that same year?')).toBe('Who funded events that same year?');
    expect(after('What was the first workshop of the Bali Process about?', 'Who attended that same first workshop?')).not.toMatch(/workshop.*workshop/);
    expect(after('Who organized the Bangkok seminar?', 'Was that very important?')).toBe('Was the Bangkok seminar very important?');
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

  it('reads the word after a demonstrative after a preposition as its noun, though it may be a verb ("from that work")', () => {
    const question = 'How did IOM help Mexico build its migration statistics?';
    expect(after(question, 'Where are the lessons from that work written up?')).toBe('Where are the lessons from that work written up?');
    expect(after('What training did IOM give border officials in 2009?', 'Who paid for that training?')).toBe('Who paid for the training?');
    // An inflected verb after the demonstrative is no noun.
    expect(after('When was the Bangkok seminar held?', 'What happened after that took place?')).toBe('What happened after the Bangkok seminar took place?');
  });

  it('resolves "them" to the plural noun after "of", not to the singular phrase it ends', () => {
    expect(after('Which body did IOM jointly host the first-ever meeting of the major regional processes with?', 'How many of them took part?')).toBe(
      'How many of the major regional processes took part?',
    );
  });
});
