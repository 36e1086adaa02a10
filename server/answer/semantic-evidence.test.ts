import { describe, expect, it } from 'vitest';
import type { Candidate, PassageContext } from './candidates';
import { semanticScore } from './semantic-evidence';

const context = (unitScores?: { start: number; end: number; score: number }[]) =>
  ({ hit: { passage: {}, score: 1, unitScores } }) as unknown as PassageContext;
const candidate = (start: number, end: number, ctx: PassageContext) => ({ start, end, context: ctx }) as Candidate;

describe('semanticScore', () => {
  const units = [
    { start: 0, end: 40, score: 0.3 },
    { start: 41, end: 90, score: 0.6 },
    { start: 91, end: 100, score: 0.9 },
  ];

  it('is the score of the unit the candidate is', () => {
    expect(semanticScore(candidate(41, 90, context(units)))).toBe(0.6);
  });

  it('is the best of the units a candidate spans, ignoring units it barely touches', () => {
    expect(semanticScore(candidate(0, 90, context(units)))).toBe(0.6);
    expect(semanticScore(candidate(0, 95, context(units)))).toBe(0.6);
    expect(semanticScore(candidate(0, 100, context(units)))).toBe(0.9);
  });

  it('is null without unit scores', () => {
    expect(semanticScore(candidate(0, 40, context(undefined)))).toBeNull();
    expect(semanticScore(candidate(0, 40, context([])))).toBeNull();
  });
});
