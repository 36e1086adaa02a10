import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25-index';
import { normalizeForSearch, terms } from './tokenize';

describe('search normalisation', () => {
  it('folds numbers, quotes, accents and footnote markers', () => {
    expect(normalizeForSearch('over 270,000 assessments')).toBe('over 270000 assessments');
    expect(normalizeForSearch('IOM’s Café¹')).toBe("iom's cafe ");
    expect(terms('How many migrants did IOM train in 2009?')).toEqual(['migrant', 'iom', 'train', '2009']);
  });
});

describe('Bm25Index', () => {
  const docs = [
    'IOM undertakes health assessments for migrants and refugees. In 2009, over 270,000 assessments were performed.',
    'Migrant training is another component of pre-migration work, including language training.',
    'The International Dialogue on Migration held two intersessional workshops in 2007.',
  ];
  const index = new Bm25Index();
  docs.forEach((d, i) => index.add(i, d));

  it('ranks the document with the rare query terms first', () => {
    expect(index.search('health assessments 2009', 3)[0].label).toBe(0);
    expect(index.search('intersessional workshops', 3)[0].label).toBe(2);
    expect(index.search('training of migrants', 3)[0].label).toBe(1);
  });

  it('matches numbers written with or without separators', () => {
    expect(index.search('270000', 3)[0].label).toBe(0);
    expect(index.search('270,000', 3)[0].label).toBe(0);
  });

  it('returns nothing for words it has never seen, and only documents that match', () => {
    expect(index.search('zebra quantum', 3)).toEqual([]);
    expect(index.search('workshops', 3).map((h) => h.label)).toEqual([2]);
  });

  it('scores alike whatever labels the texts have: N and the average length count texts, not the highest label', () => {
    // The sentence index labels its texts by unit and leaves out the window units between them.
    const sparse = new Bm25Index();
    docs.forEach((d, i) => sparse.add(3 * i, d));
    const scores = (bm25: Bm25Index) => bm25.search('migrant training workshops 2009', 3).map((h) => h.score);
    expect(sparse.size).toBe(3);
    expect(scores(sparse)).toEqual(scores(index));
    expect(scores(Bm25Index.fromJSON(JSON.parse(JSON.stringify(sparse.toJSON()))))).toEqual(scores(index));
  });

  it('scores rarer terms higher (idf)', () => {
    expect(index.idf('intersession')).toBeGreaterThan(index.idf('migrat'));
  });

  it('weighs each term as asked: a down-weighted term counts less than a full one', () => {
    const wanted = [...terms('health training')];
    expect(index.searchTerms(wanted, 3)[0].label).toBe(1); // two "training"s outscore one "health"
    const hits = index.searchTerms(wanted, 3, (t) => (t === terms('training')[0] ? 0.1 : 1));
    expect(hits[0].label).toBe(0);
    const full = index.searchTerms(wanted, 3).find((h) => h.label === 1)!.score;
    expect(hits.find((h) => h.label === 1)!.score).toBeCloseTo(0.1 * full);
    expect(index.searchTerms(wanted, 3, (t) => (t === terms('training')[0] ? 0 : 1)).map((h) => h.label)).toEqual([0]);
    expect(index.searchTerms(wanted, 3, () => Number.NaN)).toEqual([]);
  });

  it('round-trips through JSON with identical results', () => {
    const copy = Bm25Index.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    for (const q of ['health 2009', 'workshops', 'migrant training']) expect(copy.search(q, 3)).toEqual(index.search(q, 3));
  });
});
