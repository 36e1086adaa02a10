import { describe, expect, it } from 'vitest';
import { amounts } from './answer-signals';
import { tokenize } from './text/word-tokens';

const amountsIn = (text: string, counted: string[]) => amounts(tokenize(text), new Set(counted));

describe('amounts', () => {
  it('reads a spelled-out count of the thing counted, also when its plural head is followed by a verb', () => {
    expect(amountsIn('six priority areas provide focus for its activities', ['prioriti', 'area'])).toEqual({ stated: true, nearTerm: true });
    expect(amountsIn('It brought together 25 experts from both communities', ['expert'])).toEqual({ stated: true, nearTerm: true });
  });

  it('does not take a count of something else for the thing counted ("two expert seminars" for experts)', () => {
    expect(amountsIn('Two expert seminars were organized in 2002', ['expert'])).toEqual({ stated: true, nearTerm: false });
  });

  it('states no amount with neither a figure nor a counted plural', () => {
    expect(amountsIn('The seminar was held in Bangkok in February 2007.', ['expert'])).toEqual({ stated: false, nearTerm: false });
  });
});
