import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../ingest/pipeline';
import { HashingEmbedder } from '../test-support/hashing-embedder';
import { copyReports, tempDir } from '../test-support/temp-corpus';
import type { CorpusIndex } from './corpus-index';
import { denseUnitSpans, sentenceUnits, unitText } from './dense/dense-units';
import { measureBackground, REFERENCE_EMBEDDER, scaleToReference } from './dense/similarity-calibration';
import { dot } from './embedders/vector-math';
import { SYNONYM_WEIGHT } from './lexical/synonyms';
import { embedDenseQuery } from './query/dense-query';
import { openIndex } from './open-index';
import { readIndex } from './store/read-index';

let work: Awaited<ReturnType<typeof tempDir>>;
let hnsw: CorpusIndex;
let exact: CorpusIndex;
let indexDir: string;

beforeAll(async () => {
  work = await tempDir('hybrid');
  const corpusDir = path.join(work.dir, 'corpus');
  indexDir = path.join(work.dir, 'index');
  await mkdir(corpusDir);
  await copyReports(corpusDir, ['003_c8beaa6237c2b2c4.txt', '004_f5d453e5d967b2d5.txt']);
  await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder() });
  hnsw = await openIndex(indexDir, new HashingEmbedder());
  exact = await openIndex(indexDir, new HashingEmbedder(), { vectorIndex: 'brute-force' });
});
afterAll(() => work.cleanup());

describe('hybrid retrieval', () => {
  it('finds a paragraph by its rare words in every mode', async () => {
    for (const mode of ['hybrid', 'lexical', 'dense'] as const) {
      const [top] = await hnsw.retrieve('health assessments performed 2009 migrant-friendly systems', { k: 3, mode });
      expect(top.passage.paragraph, mode).toBe('19');
    }
  });

  it('finds a paragraph in words it does not use through GloVe sentence vectors, and ranks it lower without them', async () => {
    const question = 'How many people worked for IOM in 2009?'; // the report: "The total number of staff grew …"
    const rankOf = async (index: CorpusIndex) => (await index.retrieve(question, { k: 10 })).findIndex((h) => h.passage.text.includes('6,457'));
    const withWordVectors = await rankOf(hnsw);
    const without = await rankOf(await openIndex(indexDir, new HashingEmbedder(), { wordVectors: null }));
    expect(withWordVectors).toBeGreaterThanOrEqual(0);
    expect(withWordVectors).toBeLessThan(2);
    expect(without === -1 || without > withWordVectors).toBe(true);
  });

  it('ranks higher and marks the passages of the report a question names as its source', async () => {
    const question = 'What did IOM do about migrant health, according to the June 2007 note on the IDM?';
    const named = await hnsw.retrieve(question, { k: 8 });
    const unnamed = await hnsw.retrieve(question.replace(/, according to .*$/, '?'), { k: 8 });
    const share = (hits: typeof named) => hits.filter((h) => h.passage.source === '004_f5d453e5d967b2d5.txt').length;
    expect(named.filter((h) => h.namedSource).every((h) => h.passage.source === '004_f5d453e5d967b2d5.txt')).toBe(true);
    expect(named.some((h) => h.namedSource)).toBe(true);
    expect(share(named)).toBeGreaterThan(share(unnamed));
    // A fusion without the bonus (the eval's plain RRF baseline) names no source.
    const plain = await openIndex(indexDir, new HashingEmbedder(), { fusion: { method: 'rrf', weights: { dense: 1, lexical: 1 }, k: 60, depth: 50 } });
    expect((await plain.retrieve(question, { k: 8 })).some((h) => h.namedSource)).toBe(false);
  });

  it('ranks first the one passage that has a word no other passage has', async () => {
    const [top] = await hnsw.retrieve('concessionary', { k: 3 });
    expect(top.passage.text).toContain('concessionary');
  });

  it('records which side found each passage, with ranks', async () => {
    const hits = await hnsw.retrieve('intersessional workshop Free Movement of Persons', { k: 5 });
    expect(hits.length).toBe(5);
    for (const hit of hits) expect(hit.dense ?? hit.lexical).toBeDefined();
    expect(hits.some((h) => h.dense && h.lexical)).toBe(true);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('lexical mode never runs the encoder; the others score each sentence unit', async () => {
    const [lexical] = await hnsw.retrieve('concessionary fares', { k: 1, mode: 'lexical' });
    expect(lexical.dense).toBeUndefined();
    expect(lexical.unitScores).toBeUndefined();
    const [hybrid] = await hnsw.retrieve('concessionary fares air transport providers', { k: 1 });
    const units = hybrid.unitScores!;
    expect(units.length).toBeGreaterThan(1);
    for (const u of units) expect(hybrid.passage.text.slice(u.start, u.end).trim()).not.toBe('');
    const best = units.reduce((a, b) => (b.score > a.score ? b : a));
    expect(hybrid.passage.text.slice(best.start, best.end)).toContain('concessionary fares');
  });

  it('scores a passage by a two-sentence window when the question spans neighbouring sentences', async () => {
    // The words of two adjacent sentences of one paragraph: the window holds both, neither sentence does.
    const question = 'health assessments performed 2009 migrant-friendly systems';
    const [top] = await exact.retrieve(question, { k: 1, mode: 'dense' });
    const embedder = new HashingEmbedder();
    const { search } = await embedDenseQuery(embedder, question);
    const sentences = denseUnitSpans(top.passage);
    const sentenceScores = await embedder.embedDocuments(sentences.map((span) => unitText(top.passage, span)));
    expect(top.dense!.score).toBeGreaterThan(Math.max(...sentenceScores.map((v) => dot(v, search))));
    // unitScores stay one per sentence: the composer reads sentences, not windows.
    expect(top.unitScores!.map(({ start, end }) => ({ start, end }))).toEqual(sentences);
  });

  it("maps another embedder's sentence similarities onto the reference scale by its measured background", async () => {
    const question = 'concessionary fares air transport providers';
    const raw = await openIndex(indexDir, new HashingEmbedder(), { calibrate: false });
    const [uncalibrated] = await raw.retrieve(question, { k: 1 });
    const [calibrated] = await hnsw.retrieve(question, { k: 1 });
    const stored = await readIndex(indexDir);
    const background = measureBackground(sentenceUnits(stored.units), (label) => stored.embeddings[label]);
    expect(background.pairs).toBe(4000);
    const expected = scaleToReference(background);
    expect(expected(0.5)).not.toBeCloseTo(0.5, 2);
    expect(calibrated.unitScores!.length).toBe(uncalibrated.unitScores!.length);
    uncalibrated.unitScores!.forEach((unit, i) => expect(calibrated.unitScores![i].score).toBeCloseTo(expected(unit.score), 5));
  });

  it("maps nothing for the reference embedder (by its id): the thresholds were set in its similarities", async () => {
    class ReferenceLike extends HashingEmbedder {
      override readonly id = REFERENCE_EMBEDDER.id;
    }
    const referenceDir = path.join(work.dir, 'reference-index');
    await runIngest({ corpusDir: path.join(work.dir, 'corpus'), indexDir: referenceDir, embedder: new ReferenceLike() });
    const question = 'concessionary fares air transport providers';
    const [asIs] = await (await openIndex(referenceDir, new ReferenceLike())).retrieve(question, { k: 1 });
    const [raw] = await (await openIndex(referenceDir, new ReferenceLike(), { calibrate: false })).retrieve(question, { k: 1 });
    expect(asIs.unitScores).toEqual(raw.unitScores);
  });

  it('expands acronyms the reports define before lexical search', async () => {
    const [top] = await hnsw.retrieve('IDM 2008 overarching themes', { k: 1, mode: 'lexical' });
    expect(top.passage.source).toBe('004_f5d453e5d967b2d5.txt');
  });

  it('also searches the synonyms the reports use, at a fraction of a question word’s weight', async () => {
    const plain = await openIndex(indexDir, new HashingEmbedder(), { synonymWeight: 0 });
    const [bySynonym] = await hnsw.retrieve('aegis', { k: 1, mode: 'lexical' });
    const [byWord] = await hnsw.retrieve('auspices', { k: 1, mode: 'lexical' });
    expect(bySynonym.passage.id).toBe(byWord.passage.id);
    expect(bySynonym.score).toBeGreaterThan(0);
    expect(bySynonym.score).toBeLessThanOrEqual(SYNONYM_WEIGHT * byWord.score + 1e-9);
    expect(await plain.retrieve('aegis', { k: 1, mode: 'lexical' })).toEqual([]);
  });

  it('gives the same ranking over HNSW as over the exact brute-force index on a small corpus', async () => {
    for (const q of ['pre-consular support services applicants', 'Migration and the Environment expert seminar Bangkok', 'resettlement air transport']) {
      const a = (await hnsw.retrieve(q, { k: 8 })).map((h) => h.passage.id);
      const b = (await exact.retrieve(q, { k: 8 })).map((h) => h.passage.id);
      expect(a).toEqual(b);
    }
  });

  it('returns at most k passages and nothing for an empty corpus match', async () => {
    expect(await hnsw.retrieve('zzzz qqqq', { k: 4, mode: 'lexical' })).toEqual([]);
    expect((await hnsw.retrieve('migration', { k: 4 })).length).toBe(4);
  });
});
