import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockNetwork } from '../../test-support/embedders-no-network';
import { createTinyModelDir, type TinyModel } from '../../test-support/embedders-tiny-model';
import { EmbedderLoadError } from './errors';
import { TransformersEmbedder } from './transformers-embedder';
import { dot, l2Normalize } from './vector-math';

const maxAbsDiff = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i])));

/** What the tiny model must produce: mean of [CLS] words [SEP] token vectors, normalised. */
function expectedMean(model: TinyModel, words: string[]): number[] {
  const tokens = ['[CLS]', ...words, '[SEP]'].map((t) => model.wordVector(t).map((x, d) => x + model.typeVector(0)[d]));
  return l2Normalize(tokens[0].map((_, d) => tokens.reduce((sum, v) => sum + v[d], 0) / tokens.length));
}

describe('TransformersEmbedder on a generated tiny model', () => {
  const dirs: { cleanup(): void }[] = [];
  const tiny = <T extends { cleanup(): void }>(made: T): T => (dirs.push(made), made);
  let model: ReturnType<typeof createTinyModelDir>;
  let embedder: TransformersEmbedder;
  let network: ReturnType<typeof blockNetwork>;

  beforeAll(async () => {
    model = tiny(createTinyModelDir({ hiddenSize: 16 }));
    network = blockNetwork();
    embedder = new TransformersEmbedder(model.dir);
    await embedder.load();
  });
  afterAll(() => {
    network.restore();
    for (const d of dirs) d.cleanup();
  });

  it('loads from the local directory without touching the network', () => {
    expect(network.attempts).toEqual([]);
    expect(embedder.id).toBe('transformers:tiny-bert');
    expect(embedder.dimension).toBe(16);
    expect(embedder.model).toMatchObject({ dtype: 'fp32', subfolder: 'onnx', pooling: 'mean' });
  });

  it('computes exactly the mean-pooled, normalised sentence vector', async () => {
    const [vector] = await embedder.embedDocuments(['Apple banana, cherry']);
    expect(vector).toHaveLength(16);
    expect(Math.sqrt(dot(vector, vector))).toBeCloseTo(1, 10);
    expect(maxAbsDiff(vector, expectedMean(model, ['apple', 'banana', ',', 'cherry']))).toBeLessThan(1e-5);
  });

  it('is deterministic and keeps input order across length-sorted batches', async () => {
    const texts = ['river', 'the report of the council on migration and development', '', 'apple banana', 'ocean forest river mountain'];
    const batched = await new TransformersEmbedder(model.dir, { batchSize: 2 }).embedDocuments(texts);
    const again = await embedder.embedDocuments(texts);
    expect(again).toEqual(await embedder.embedDocuments(texts));
    for (let i = 0; i < texts.length; i++) {
      const [alone] = await embedder.embedDocuments([texts[i]]);
      expect(maxAbsDiff(batched[i], alone)).toBeLessThan(1e-5);
      expect(maxAbsDiff(again[i], alone)).toBeLessThan(1e-5);
    }
  });

  it('places texts that share tokens closer than unrelated ones', async () => {
    const [a, b, c] = await embedder.embedDocuments(['apple banana cherry', 'apple banana grape', 'river mountain ocean']);
    expect(dot(a, b)).toBeGreaterThan(dot(a, c) + 0.2);
  });

  it('adds the query prefix to queries only', async () => {
    const prefix = 'Represent this sentence for searching relevant passages: ';
    const prefixed = new TransformersEmbedder(model.dir, { queryPrefix: prefix });
    const query = await prefixed.embedQuery('migration health');
    expect(maxAbsDiff(query, await embedder.embedQuery(prefix + 'migration health'))).toBeLessThan(1e-6);
    expect(maxAbsDiff(query, await embedder.embedQuery('migration health'))).toBeGreaterThan(1e-3);
    expect(await prefixed.embedDocuments(['migration health'])).toEqual(await embedder.embedDocuments(['migration health']));
    // Several queries in one call get the prefix too.
    const [first, second] = await prefixed.embedQueries(['migration health', 'remittances']);
    expect(maxAbsDiff(first, query)).toBeLessThan(1e-6);
    expect(maxAbsDiff(second, await prefixed.embedQuery('remittances'))).toBeLessThan(1e-6);
  });

  it('truncates texts longer than the model maximum instead of failing', async () => {
    const short = tiny(createTinyModelDir({ modelMaxLength: 8 }));
    const [v] = await new TransformersEmbedder(short.dir).embedDocuments([Array(200).fill('labour').join(' ')]);
    // transformers.js v3 keeps the first 8 ids, [CLS] and 7 words; unlike Python it drops [SEP].
    const kept = ['[CLS]', ...Array(7).fill('labour')].map((t) => short.wordVector(t).map((x, d) => x + short.typeVector(0)[d]));
    const expected = l2Normalize(kept[0].map((_, d) => kept.reduce((sum, k) => sum + k[d], 0)));
    expect(maxAbsDiff(v, expected)).toBeLessThan(1e-5);
  });

  it('follows 1_Pooling/config.json, unless the pooling option overrides it', async () => {
    const cls = tiny(createTinyModelDir({ pooling: 'cls' }));
    const clsEmbedder = new TransformersEmbedder(cls.dir);
    expect(clsEmbedder.model.pooling).toBe('cls');
    // This model has no attention, so the [CLS] position is the same vector for every text.
    const [x, y] = await clsEmbedder.embedDocuments(['apple', 'river ocean']);
    const clsVector = l2Normalize(cls.wordVector('[CLS]').map((v, d) => v + cls.typeVector(0)[d]));
    expect(maxAbsDiff(x, clsVector)).toBeLessThan(1e-5);
    expect(maxAbsDiff(y, clsVector)).toBeLessThan(1e-5);
    const [mean] = await new TransformersEmbedder(cls.dir, { pooling: 'mean' }).embedDocuments(['apple']);
    expect(maxAbsDiff(mean, expectedMean(cls, ['apple']))).toBeLessThan(1e-5);
  });

  it('falls back to model_quantized.onnx when model.onnx is absent', async () => {
    const q = tiny(createTinyModelDir({ modelFile: 'model_quantized.onnx' }));
    const quantized = new TransformersEmbedder(q.dir);
    expect(quantized.model.dtype).toBe('q8');
    const [v] = await quantized.embedDocuments(['apple']);
    expect(maxAbsDiff(v, expectedMean(q, ['apple']))).toBeLessThan(1e-5);
    expect(() => new TransformersEmbedder(q.dir, { dtype: 'fp32' })).toThrow(/no ONNX model file.*onnx\/model\.onnx/);
  });

  it('learns the dimension by running the model when config.json does not declare it', async () => {
    const undeclared = tiny(createTinyModelDir({ omitHiddenSize: true, hiddenSize: 12 }));
    const e = new TransformersEmbedder(undeclared.dir);
    expect(() => e.dimension).toThrow(EmbedderLoadError);
    await e.load();
    expect(e.dimension).toBe(12);
  });

  it('rejects a model whose output width contradicts config.json', async () => {
    const lying = tiny(createTinyModelDir({ hiddenSize: 8 }));
    const configFile = path.join(lying.dir, 'config.json');
    fs.writeFileSync(configFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(configFile, 'utf8')), hidden_size: 384 }));
    await expect(new TransformersEmbedder(lying.dir).embedQuery('apple')).rejects.toThrow(/8-d vectors .* declares 384/);
  });

  it('wraps a corrupt ONNX file in EmbedderLoadError naming the directory', async () => {
    const broken = tiny(createTinyModelDir());
    fs.writeFileSync(path.join(broken.dir, 'onnx', 'model.onnx'), 'not a model');
    const error = await new TransformersEmbedder(broken.dir).embedQuery('apple').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbedderLoadError);
    expect((error as EmbedderLoadError).path).toBe(broken.dir);
    expect(network.attempts).toEqual([]);
  });
});
