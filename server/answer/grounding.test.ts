import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUNDING, groundingRoute, type Evidence } from './grounding';

const evidence = (over: Partial<Evidence>): Evidence => ({
  own: 0.3,
  withPassage: 0.3,
  unmatched: 0,
  semantic: null,
  form: 'statement',
  typeMet: true,
  countedNamed: true,
  yesNo: false,
  ...over,
});
const route = (over: Partial<Evidence>) => groundingRoute(evidence(over), DEFAULT_GROUNDING);

describe('groundingRoute', () => {
  it('grounds on the words alone when the sentence holds enough of the question', () => {
    expect(route({ own: 0.4, withPassage: 0.55 })).toBe('lexical');
    expect(route({ own: 0.39, withPassage: 0.6 })).toBeNull();
    expect(route({ own: 0.5, withPassage: 0.54 })).toBeNull();
  });

  it('grounds on meaning a close sentence of the asked kind that shares a few words', () => {
    expect(route({ semantic: 0.5, own: 0.05 })).toBe('semantic');
    expect(route({ semantic: 0.49, own: 0.4 })).toBeNull();
    expect(route({ semantic: 0.8, own: 0.04 })).toBeNull();
    expect(route({ semantic: 0.8, typeMet: false })).toBeNull();
  });

  it('does not ground on meaning an amount of something other than what "how many" counts', () => {
    expect(route({ semantic: 0.8, countedNamed: false })).toBeNull();
    // The words alone still can: the sentence holds most of the question.
    expect(route({ semantic: 0.8, countedNamed: false, own: 0.5, withPassage: 0.6 })).toBe('lexical');
  });

  it('asks meaning to vouch for naming words no report uses', () => {
    const lexical = { own: 0.9, withPassage: 0.9, unmatched: 0.3 };
    expect(route({ ...lexical, semantic: 0.3 })).toBeNull();
    expect(route({ ...lexical, semantic: 0.48 })).toBe('lexical');
    expect(route({ ...lexical, unmatched: 0.25, semantic: 0.3 })).toBe('lexical');
    // Without a meaning signal, the unknown words have already counted as missing.
    expect(route({ ...lexical, semantic: null })).toBe('lexical');
  });

  it('asks less of meaning when the sentence holds most of the question itself', () => {
    const unknownWords = { withPassage: 0.9, unmatched: 0.3, semantic: 0.45 };
    expect(route({ ...unknownWords, own: 0.6 })).toBe('lexical');
    expect(route({ ...unknownWords, own: 0.59 })).toBeNull();
    expect(route({ ...unknownWords, own: 0.9, semantic: 0.43 })).toBeNull();
  });

  it('lets a question answer only in its own words, a yes/no question be answered only in its words, and a fragment never', () => {
    expect(route({ form: 'question', own: 0.6, withPassage: 0.6 })).toBe('lexical');
    expect(route({ form: 'question', semantic: 0.9, own: 0.3 })).toBeNull();
    expect(route({ yesNo: true, semantic: 0.9, own: 0.3 })).toBeNull();
    expect(route({ yesNo: true, own: 0.6, withPassage: 0.6 })).toBe('lexical');
    expect(route({ form: 'fragment', own: 1, withPassage: 1, semantic: 0.9 })).toBeNull();
  });
});
