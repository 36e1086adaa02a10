import { describe, expect, it } from 'vitest';
import { after } from '../../test-support/follow-up-turns';

describe('follow-up grafts', () => {
  it('grafts onto "How many X has IOM done?" with X as the object, and onto "How many X were done?" with X as the subject', () => {
    expect(after('How many projects has IOM implemented since 2007?', 'In which regions?')).toBe('In which regions has IOM implemented projects since 2007?');
    expect(after('How many Migration Profiles had IOM completed by 2010?', 'In which parts of the world?')).toBe(
      'In which parts of the world had IOM completed Migration Profiles by 2010?',
    );
    expect(after('How many migrants were trained by IOM in 2009?', 'In how many countries?')).toBe('In how many countries were migrants trained by IOM in 2009?');
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

  it('leaves out of a yes/no question the noun a grafted fragment now asks for', () => {
    expect(after('Has IOM helped countries improve guardianship for unaccompanied minors?', 'In which countries?')).toBe(
      'In which countries has IOM helped improve guardianship for unaccompanied minors?',
    );
    expect(after('Has IOM trained officials in Africa?', 'Which officials?')).toBe('Which officials has IOM trained in Africa?');
    expect(after('Does IOM run training centres?', 'In which countries?')).toBe('In which countries does IOM run training centres?');
  });

  it('grafts "Why?" onto a question whose wh-word is the object, leaving the object open', () => {
    expect(after('Who does the IDM usually team up with for its workshops?', 'Why?')).toBe('Why does the IDM usually team up with for its workshops?');
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
});
