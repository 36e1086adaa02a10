import { describe, expect, it } from 'vitest';
import type { GoldAnswer } from '../gold/schema';
import { locateGold, type GoldTarget } from './gold-target';
import { firstHitRank, judgeHit, type RetrievedUnit } from './hit';

const SOURCE = 'r.txt';
const TEXT = `Intro line.\n16. In 2007 IOM assisted 1,600 officials in nine countries.\nNext paragraph about budgets.\n`;
const QUOTE = 'IOM assisted 1,600 officials in nine countries.';
const answer: GoldAnswer = { source: SOURCE, quote: QUOTE, section: null, paragraph: '16', facts: ['1,600 officials', 'nine countries'], kind: 'number', paraphrased: false };
const gold: GoldTarget = locateGold(answer, (s) => (s === SOURCE ? TEXT : undefined));

const unit = (start: number, end: number, source = SOURCE, text = TEXT.slice(start, end)): RetrievedUnit => ({ source, start, end, text });

describe('locateGold', () => {
  it('finds the quote offsets by exact search', () => {
    expect(TEXT.slice(gold.start, gold.end)).toBe(QUOTE);
  });

  it('rejects a quote that is missing or ambiguous, and a source the index lacks', () => {
    const lookup = (text: string) => (s: string) => (s === SOURCE ? text : undefined);
    expect(() => locateGold({ ...answer, quote: 'not there' }, lookup(TEXT))).toThrow(expect.objectContaining({ code: 'EVAL_QUOTE_NOT_FOUND' }));
    expect(() => locateGold(answer, lookup(`${TEXT}${QUOTE}`))).toThrow(expect.objectContaining({ code: 'EVAL_QUOTE_AMBIGUOUS' }));
    expect(() => locateGold({ ...answer, source: 'other.txt' }, lookup(TEXT))).toThrow(expect.objectContaining({ code: 'EVAL_SOURCE_MISSING' }));
  });
});

describe('judgeHit', () => {
  const half = Math.ceil(QUOTE.length / 2);

  it('accepts a unit covering the whole quote or at least half of it', () => {
    expect(judgeHit(unit(0, TEXT.length), gold)).toBe('span');
    expect(judgeHit(unit(gold.start, gold.start + half), gold)).toBe('span');
    expect(judgeHit(unit(gold.end - half, gold.end + 20), gold)).toBe('span');
  });

  it('rejects a unit covering less than half of the quote unless it states every fact', () => {
    const short = unit(gold.start, gold.start + half - 1);
    expect(judgeHit(short, gold)).toBeNull();
    expect(judgeHit(unit(gold.end, TEXT.length), gold)).toBeNull();
    expect(judgeHit(unit(900, 1000, SOURCE, 'Elsewhere: 1600 officials from 9 countries.'), gold)).toBe('facts');
    expect(judgeHit(unit(900, 1000, SOURCE, 'Elsewhere: 1600 officials.'), gold)).toBeNull();
  });

  it('rejects a unit from another source, even one with the same span or the facts', () => {
    expect(judgeHit(unit(0, TEXT.length, 'other.txt'), gold)).toBeNull();
    expect(judgeHit(unit(0, 50, 'other.txt', '1,600 officials in nine countries'), gold)).toBeNull();
  });
});

describe('firstHitRank', () => {
  it('gives the 1-based rank of the first hit, or null', () => {
    const miss = unit(gold.end, TEXT.length);
    expect(firstHitRank([miss, miss, unit(0, TEXT.length)], gold)).toBe(3);
    expect(firstHitRank([miss], gold)).toBeNull();
    expect(firstHitRank([], gold)).toBeNull();
  });
});
