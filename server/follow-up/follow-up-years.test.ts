import { describe, expect, it } from 'vitest';
import { after } from '../../test-support/follow-up-turns';

describe('follow-up years', () => {
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

  it('carries the year into a new question introduced by "and"', () => {
    expect(after('How many health assessments in 2009?', 'And how many migrants were trained?')).toBe('How many migrants were trained in 2009?');
  });

  it('carries no year that only names something ("under the 2007 Strategy"), but one that dates a common noun', () => {
    expect(after('How often was the Standing Committee supposed to meet under the 2007 Strategy agreement?', 'And which resolution would setting it up negate?')).toBe(
      'Which resolution would setting the Standing Committee up negate?',
    );
    expect(after('How many 2009 projects did IOM run?', 'And how many migrants were trained?')).toBe('How many migrants were trained in 2009?');
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
});
