import { describe, expect, it } from 'vitest';
import { PASSAGES } from '../../test-support/answer-passages';
import { after, rewriter, turn } from '../../test-support/follow-up-turns';
import { passageCitation } from '../answer';

describe('follow-up rewriter', () => {
  it('falls back to a readable concatenation when the previous question has no verb to graft onto', () => {
    expect(after('How many health assessments in 2009?', 'In how many countries?')).toBe('How many health assessments in 2009 — in how many countries?');
    expect(after('What is the IDM?', 'Why?')).toBe('What is the IDM — why?');
    // "what" is the object of "do": grafting would leave "does IOM do about …" without one.
    expect(after('What does IOM do about human trafficking?', 'In which regions?')).toBe('What does IOM do about human trafficking — in which regions?');
  });

  it('falls back to the cited section title when the previous question names nothing', () => {
    const previous = turn('What is it about?', 'It brought together 25 experts. [1]', [passageCitation(PASSAGES.expertSeminar, 1, 1)]);
    expect(rewriter.rewrite([previous], 'Who organised it?')).toBe('Who organised Migration and the Environment: Expert Seminar?');
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
