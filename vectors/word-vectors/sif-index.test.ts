import { describe, expect, it } from 'vitest';
import type { Passage } from '../../ingest/types';
import type { StoredUnit } from '../store/index-data';
import { SIF_A, SifIndex } from './sif-index';
import { WordVectorTable } from './word-vectors';

/** Four directions; "employees" sits next to "staff", as in any real table. */
const table = new WordVectorTable('test', 4, ['staff', 'employees', 'budget', 'weather', 'organization', 'grew'], [
  1, 0, 0, 0, //
  0.95, 0.3, 0, 0, //
  0, 1, 0, 0, //
  0, 0, 1, 0, //
  0, 0, 0, 1, //
  0.2, 0.2, 0.2, 0.2,
]);

const passage = (text: string, i: number): Passage => ({
  id: `p${i}`, source: 'r.txt', title: 'R', symbol: null, date: null, sectionPath: [], paragraph: String(i + 1), page: null, start: 0, end: text.length, text,
});
const all = (passages: Passage[]) => passages.map((_, i) => i);
const wholePassages = (passages: Passage[]): StoredUnit[] => passages.map((p, i) => ({ start: 0, end: p.text.length, passage: i }));

describe('SIF sentence vectors from word vectors', () => {
  const texts = [
    'The organization approved the budget.',
    'The staff of the organization grew.',
    'The weather in the organization was poor.',
  ];
  const passages = texts.map(passage);
  const index = new SifIndex(table, passages, wholePassages(passages));

  it('finds a paragraph through a word it does not use', () => {
    const ranked = index.search('How many employees?', all(passages));
    expect(ranked[0].label).toBe(1);
  });

  it('ranks the passages it is given, best first', () => {
    const ranked = index.search('weather', all(passages));
    expect(ranked.map((h) => h.label).sort()).toEqual([0, 1, 2]);
    expect(ranked[0].label).toBe(2);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i].score).toBeLessThanOrEqual(ranked[i - 1].score);
  });

  it('lets a word the corpus repeats weigh less than a rare one', () => {
    const texts = ['organization organization organization organization', 'budget grew', 'staff grew', 'weather organization organization'];
    const ps = texts.map(passage);
    const ranking = (smoothing: number) =>
      new SifIndex(table, ps, wholePassages(ps), { smoothing, removeCommonDirection: false }).search('organization organization budget', all(ps)).map((h) => h.label);
    // Weighing every word alike, the passage repeating "organization" comes first; weighed by frequency, the one with
    // the rare "budget".
    expect(ranking(Infinity)[0]).toBe(0);
    expect(ranking(SIF_A)[0]).toBe(1);
  });

  it('removes the direction all units share, so sharing it does not make them alike', () => {
    const texts = ['organization staff', 'organization budget', 'organization weather', 'organization grew'];
    const ps = texts.map(passage);
    const unrelated = (removeCommonDirection: boolean) =>
      new SifIndex(table, ps, wholePassages(ps), { smoothing: Infinity, removeCommonDirection }).search('organization weather', all(ps)).filter((h) => h.label !== 2);
    for (const hit of unrelated(true)) expect(hit.score).toBeLessThan(0.3);
    expect(Math.min(...unrelated(false).map((h) => h.score))).toBeGreaterThan(0.3);
  });

  it('scores a passage by its best unit', () => {
    const long = passage('The budget was approved. The staff grew.', 0);
    const other = passages[2];
    const split: StoredUnit[] = [
      { start: 0, end: 24, passage: 0 },
      { start: 25, end: long.text.length, passage: 0 },
      { start: 0, end: other.text.length, passage: 1 },
    ];
    const scoreOfLong = (units: StoredUnit[]) =>
      new SifIndex(table, [long, other], units, { removeCommonDirection: false }).search('staff', [0, 1]).find((h) => h.label === 0)!.score;
    // "The staff grew." alone is closer to "staff" than the paragraph as a whole, budget and all.
    expect(scoreOfLong(split)).toBeGreaterThan(scoreOfLong(wholePassages([long, other])) + 0.1);
  });

  it('returns nothing for a question none of whose words it knows', () => {
    expect(index.search('Quelle est la question?', all(passages))).toEqual([]);
  });

  it('scores only the passages it is given (the other signals\' finds)', () => {
    expect(index.search('How many employees?', [0, 2]).map((h) => h.label).sort()).toEqual([0, 2]);
    expect(index.search('How many employees?', [])).toEqual([]);
  });
});

describe('word vector table', () => {
  it('stores unit vectors and misses unknown words', () => {
    const small = new WordVectorTable('t', 2, ['a', 'b'], [3, 4, 0, 2]);
    expect(Array.from(small.vector('a')!)).toEqual([expect.closeTo(0.6), expect.closeTo(0.8)]);
    expect(Array.from(small.vector('b')!)).toEqual([0, 1]);
    expect(small.vector('c')).toBeUndefined();
  });
});
