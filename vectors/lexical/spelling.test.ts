import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25-index';
import { stem } from './porter-stemmer';
import { foldSpelling } from './spelling';

describe('foldSpelling', () => {
  it.each([
    ['labour', 'labor'],
    ['labourers', 'laborers'],
    ['behavioural', 'behavioral'],
    ['favourable', 'favorable'],
    ['neighbourhood', 'neighborhood'],
    ['programme', 'program'],
    ['programmes', 'programs'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['organisation', 'organization'],
    ['globalisation', 'globalization'],
  ])('%s → %s', (british, american) => expect(foldSpelling(british)).toBe(american));

  it.each(['four', 'hour', 'tour', 'your', 'ours', 'rise', 'expertise', 'precise', 'genre', 'program', 'labor'])(
    'leaves %s alone',
    (word) => expect(foldSpelling(word)).toBe(word),
  );

  it('gives both spellings one stem', () => {
    for (const [a, b] of [
      ['labour', 'labor'],
      ['programmes', 'programs'],
      ['centres', 'centers'],
      ['organisations', 'organizations'],
    ]) expect(stem(a)).toBe(stem(b));
  });
});

describe('a question in the other spelling', () => {
  it('finds the passage written in British spelling', () => {
    const index = new Bm25Index();
    index.add(0, 'IOM labour migration programmes in Asia, run from the Manila Administrative Centre.');
    index.add(1, 'Health assessments were performed for refugees in more than 50 countries.');
    expect(index.search('labor migration programs', 2)[0].label).toBe(0);
    expect(index.search('administrative center', 2)[0].label).toBe(0);
  });
});
