import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUNDING } from './grounding';
import { devHalves, replay, utility } from '../../test-support/answer-dev-crossval';

const candidate = (over: Partial<{ own: number; evidence: number; semantic: number; unmatched: number; typeMet: boolean; why: string[]; facts: number; score: number }>) => ({
  score: 1, own: 0, evidence: 0, unmatched: 0, typeMet: true, why: [], facts: 0, semantic: 0, ...over,
});

describe('dev cross-validation', () => {
  it('cuts each kind into two halves of nearly equal size, the same every run, keeping both turns of an item together', () => {
    const records = [
      ...Array.from({ length: 7 }, (_, i) => ({ id: `u-${i}`, turn: null, kind: 'unanswerable' })),
      ...Array.from({ length: 6 }, (_, i) => ({ id: `s-${i}`, turn: null, kind: 'number' })),
      { id: 'f-1', turn: 1, kind: 'number' },
      { id: 'f-1', turn: 2, kind: 'name' },
    ];
    const halves = devHalves(records);
    expect(devHalves([...records].reverse())).toEqual(halves);
    const count = (prefix: string, h: number) => [...halves].filter(([id, half]) => id.startsWith(prefix) && half === h).length;
    expect([count('u-', 0), count('u-', 1)].sort()).toEqual([3, 4]);
    expect(count('s-', 0)).toBe(3);
    expect(halves.has('f-1')).toBe(true);
  });

  it('replays grounding with the composer rule: a lexically covered sentence answers, an unvouched unknown word does not', () => {
    const answered = { id: 'a', turn: null, kind: 'number', answerable: true, yesNo: false, candidates: [candidate({ own: 0.9, evidence: 0.9, semantic: 0.6, facts: 1 })] };
    const salary = { id: 'u', turn: null, kind: 'unanswerable', answerable: false, yesNo: false, candidates: [candidate({ own: 1, evidence: 1, semantic: 0.3, unmatched: 0.4 })] };
    const wrongType = { id: 'b', turn: null, kind: 'number', answerable: true, yesNo: false, candidates: [candidate({ own: 1, evidence: 1, semantic: 0.7, why: ['type'], facts: 1 })] };
    const result = replay([answered, salary, wrongType], DEFAULT_GROUNDING);
    expect(result).toEqual({ factRecall: 0.5, wrongAbstention: 0.5, correctAbstention: 1 });
    expect(utility(result)).toBeCloseTo(0.5 + 1 - 3 * 0.45);
  });
});
