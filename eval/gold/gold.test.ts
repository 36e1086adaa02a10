import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAnswers } from './check-answers';
import { checkGold } from './check-gold';
import { GOLD_MINIMUMS, checkCoverage, checkIdentity, checkSplits } from './check-set';
import { answeredQuestions, reportOf } from './gold-answers';
import type { GoldCheck, GoldProblem } from './gold-problem';
import { GoldSetError } from './gold-set-error';
import { DEFAULT_CORPUS_DIR, readCorpus } from './gold-sources';
import { type GoldItem, loadGold } from './schema';
import { summarizeGold } from './summarize-gold';

const dev = loadGold('dev');
const test = loadGold('test');
const all = [...dev, ...test];
const sources = readCorpus(DEFAULT_CORPUS_DIR);
const REPORT_003 = '003_c8beaa6237c2b2c4.txt';
const checksOf = (problems: GoldProblem[]): GoldCheck[] => problems.map((p) => p.check);
const clone = <T>(value: T): T => structuredClone(value);
const firstOf = <T extends GoldItem['type']>(type: T) =>
  clone(all.find((i) => i.type === type) as Extract<GoldItem, { type: T }>);

describe('the gold set as committed', () => {
  it('loads and matches the schema', () => {
    expect(dev.length).toBeGreaterThan(0);
    expect(test.length).toBeGreaterThan(0);
    expect(loadGold('all')).toEqual(all);
  });

  it('has unique ids and questions', () => {
    expect(checkIdentity(all)).toEqual([]);
  });

  it('quotes every answer verbatim, once, under the stated heading and paragraph, with each fact in the quote', () => {
    expect(checkAnswers(all, sources)).toEqual([]);
  });

  it('meets the minimum counts and covers every report in proportion and beyond its first half', () => {
    expect(checkCoverage(all, sources)).toEqual([]);
    const summary = summarizeGold({ dev, test });
    expect(summary.items.all).toBeGreaterThanOrEqual(GOLD_MINIMUMS.items);
    expect(summary.byType['follow-up'].all).toBeGreaterThanOrEqual(GOLD_MINIMUMS.followUps);
    expect(summary.byType.unanswerable.all).toBeGreaterThanOrEqual(GOLD_MINIMUMS.unanswerable);
    expect(summary.paraphrased.all).toBeGreaterThanOrEqual(GOLD_MINIMUMS.paraphrased);
    expect(Object.keys(summary.byReport).filter((r) => sources.has(r)).sort()).toEqual([...sources.keys()].sort());
  });

  it('keeps dev and test disjoint and stratified', () => {
    expect(checkSplits({ dev, test })).toEqual([]);
  });

  it('passes every check at once', () => {
    expect(checkGold({ dev, test }, sources)).toEqual([]);
  });
});

describe('the checks catch broken gold items', () => {
  const single = firstOf('single');

  it('a quote with one character changed', () => {
    const item = { ...single, quote: single.quote.replace(/\s/, '  ') };
    expect(checksOf(checkAnswers([item], sources))).toContain('quote-verbatim');
  });

  it('a quote that occurs more than once in its source', () => {
    expect(checksOf(checkAnswers([{ ...single, quote: 'IOM', facts: ['IOM'], section: null, paragraph: null }], sources))).toEqual([
      'quote-unique',
    ]);
  });

  it('a fact that is not in its quote, in a follow-up turn', () => {
    const item = firstOf('follow-up');
    item.turns[1].facts = [...item.turns[1].facts, 'nowhere-in-the-quote'];
    expect(checkAnswers([item], sources)).toMatchObject([{ check: 'fact-in-quote', message: expect.stringContaining('turn 2') }]);
  });

  it('a heading that does not precede the quote', () => {
    const item = clone(all.find((i) => i.type === 'single' && i.source.startsWith('003') && i.paragraph === '19') as GoldItem);
    expect(item.type).toBe('single');
    if (item.type !== 'single') return;
    expect(checksOf(checkAnswers([{ ...item, section: 'IV. IOM Strategy: Looking ahead' }], sources))).toContain('section');
    expect(checksOf(checkAnswers([{ ...item, paragraph: '77' }], sources))).toContain('paragraph');
  });

  it('a cited report that is not in the corpus', () => {
    expect(checksOf(checkAnswers([{ ...single, source: 'missing.txt' }], sources))).toEqual(['source-missing']);
  });

  it('an "absent" term that a report does contain', () => {
    const item = { ...firstOf('unanswerable'), absent: ['Bali Process'] };
    expect(checksOf(checkAnswers([item], sources))).toEqual(['absent']);
  });

  it('a broken quote in the answered turn an unanswerable follow-up comes after, and that turn as its opener', () => {
    const { id: _id, type: _type, answerable: _answerable, question, ...answer } = single;
    const item = { ...firstOf('unanswerable'), after: { question, ...answer, quote: `${answer.quote}x` } };
    expect(checkAnswers([item], sources)).toMatchObject([{ check: 'quote-verbatim', message: expect.stringContaining('turn 1') }]);
    // Another follow-up to the same opener is another conversation, but the same opener may not sit in both splits.
    expect(checkIdentity([single, item])).toEqual([]);
    expect(checksOf(checkIdentity([item, { ...item, id: 'copy' }]))).toEqual(['unique-question']);
    expect(checksOf(checkSplits({ dev: [single], test: [item] }))).toContain('split-overlap');
  });

  it('duplicate ids and repeated questions', () => {
    const copy = { ...single, question: `${single.question.toUpperCase()}  ` };
    expect(checksOf(checkIdentity([single, copy]))).toEqual(['unique-id', 'unique-question']);
  });

  it('a question in both splits, and a lopsided split', () => {
    expect(checksOf(checkSplits({ dev, test: [...test, dev[0]] }))).toContain('split-overlap');
    expect(checksOf(checkSplits({ dev: [], test: all }))).toContain('split-balance');
    expect(checksOf(checkSplits({ dev: all, test: [] }))).not.toContain('split-balance');
  });

  it('too few items of each required sort, and a report left out', () => {
    const answerableWithout002 = all.filter((i) => i.answerable && !reportOf(i)?.startsWith('002')).slice(0, 60);
    const problems = checkCoverage(answerableWithout002, sources);
    const short = problems.filter((p) => p.check === 'minimum').map((p) => p.message.split(':')[0]);
    expect(short).toEqual(expect.arrayContaining(['items', 'unanswerable', 'offTopic']));
    expect(problems.some((p) => p.check === 'spread' && p.message.startsWith('002_'))).toBe(true);
  });

  it('a report quoted only in its first half', () => {
    const text = sources.get(REPORT_003) ?? '';
    const early = all.filter((i) => answeredQuestions(i).every((a) => a.answer.source !== REPORT_003 || text.indexOf(a.answer.quote) < text.length / 2));
    expect(checkCoverage(early, sources)).toContainEqual(expect.objectContaining({ check: 'spread', message: expect.stringContaining('second half') }));
  });
});

describe('loadGold', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects an item that breaks the schema, naming the file and the field', () => {
    const bad = { ...firstOf('single'), facts: [] };
    writeFileSync(join(dir, 'dev.json'), JSON.stringify([bad]));
    const error = catchError(() => loadGold('dev', { dir }));
    expect(GoldSetError.isInstance(error) && error.code).toBe('GOLD_SCHEMA_INVALID');
    expect((error as Error).message).toMatch(/dev\.json[\s\S]*facts/);
  });

  it('rejects a missing or malformed file', () => {
    writeFileSync(join(dir, 'test.json'), '[{');
    expect((catchError(() => loadGold('test', { dir })) as GoldSetError).code).toBe('GOLD_FILE_UNREADABLE');
    expect((catchError(() => loadGold('dev', { dir: join(dir, 'nope') })) as GoldSetError).code).toBe('GOLD_FILE_UNREADABLE');
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
