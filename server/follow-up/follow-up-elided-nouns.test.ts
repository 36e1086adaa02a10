import { describe, expect, it } from 'vitest';
import { after } from '../../test-support/follow-up-turns';
import { resolveCountedNoun } from './elided-counts';

describe('follow-up elided nouns', () => {
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

  it('keeps "Roughly" with a count, not with the names "Which ones?" asks for', () => {
    expect(after('Roughly how many nations take part in the Bali Process?', 'Which ones?')).toBe('Which nations take part in the Bali Process?');
    expect(after('About how many nations take part in the Bali Process?', 'Which ones?')).toBe('Which nations take part in the Bali Process?');
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
});
