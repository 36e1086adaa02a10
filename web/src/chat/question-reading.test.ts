import { describe, expect, it } from 'vitest';
import { readsDifferently } from './question-reading';

describe('readsDifferently', () => {
  it('is true when a follow-up was rewritten into another question', () => {
    expect(readsDifferently('And in 2008?', 'How many migrants did IOM train in 2008?')).toBe(true);
    expect(readsDifferently('what about health', 'What does the 12-point Strategy say about health?')).toBe(true);
  });

  it('is false when the reading differs only in case, surrounding spaces or end punctuation', () => {
    expect(readsDifferently('How many migrants did IOM train in 2008?', 'How many migrants did IOM train in 2008?')).toBe(false);
    expect(readsDifferently('  how many migrants did iom train in 2008 ', 'How many migrants did IOM train in 2008?')).toBe(false);
    expect(readsDifferently('How many migrants did IOM train in 2008?!', 'how many migrants did IOM train in 2008.')).toBe(false);
    expect(readsDifferently('How many  migrants\ndid IOM train?', 'How many migrants did IOM train?')).toBe(false);
  });

  it('keeps punctuation inside the question significant', () => {
    expect(readsDifferently('Is it 2.5 million?', 'Is it 25 million?')).toBe(true);
  });

  it('is false for an empty reading (nothing to show)', () => {
    expect(readsDifferently('And in 2008?', '   ')).toBe(false);
  });
});
