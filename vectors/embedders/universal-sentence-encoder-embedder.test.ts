import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockNetwork } from '../../test-support/embedders-no-network';
import { UniversalSentenceEncoderEmbedder } from './universal-sentence-encoder-embedder';
import { dot } from './vector-math';

const norm = (v: number[]) => Math.sqrt(dot(v, v));
const maxAbsDiff = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i])));

const PASSAGE =
  '16. IOM provides emergency shelter and transport of relief materials to populations displaced by ' +
  'earthquakes and floods. It also assists in medical evacuations. The Organization supports ' +
  'governments in the reconstruction of affected communities.';

describe('UniversalSentenceEncoderEmbedder', () => {
  const embedder = new UniversalSentenceEncoderEmbedder();
  let network: ReturnType<typeof blockNetwork>;

  beforeAll(async () => {
    network = blockNetwork();
    await embedder.load();
  });
  afterAll(() => network.restore());

  it('loads the packaged weights without touching the network', () => {
    expect(network.attempts).toEqual([]);
    expect(embedder.id).toBe('universal-sentence-encoder');
    expect(embedder.dimension).toBe(512);
  });

  it('returns one unit-length 512-d vector per text, empty strings included', async () => {
    const vectors = await embedder.embedDocuments(['migration and development', '', 'labour mobility']);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) {
      expect(v).toHaveLength(512);
      expect(norm(v)).toBeCloseTo(1, 10);
    }
    // The empty string must not shift the rows that follow it.
    const [alone] = await embedder.embedDocuments(['labour mobility']);
    expect(maxAbsDiff(vectors[2], alone)).toBeLessThan(1e-5);
  });

  it('is deterministic and independent of batch size', async () => {
    const texts = ['return and reintegration', 'counter-trafficking', 'remittances', 'health of migrants', PASSAGE];
    const big = await embedder.embedDocuments(texts);
    const small = await new UniversalSentenceEncoderEmbedder({ batchSize: 2 }).embedDocuments(texts);
    const again = await embedder.embedDocuments(texts);
    expect(again).toEqual(big);
    big.forEach((v, i) => expect(maxAbsDiff(v, small[i])).toBeLessThan(1e-5));
    expect(maxAbsDiff(await embedder.embedQuery(texts[0]), big[0])).toBeLessThan(1e-5);
    const queries = await embedder.embedQueries(texts.slice(0, 2));
    queries.forEach((v, i) => expect(maxAbsDiff(v, big[i])).toBeLessThan(1e-5));
  });

  it('places related texts closer than unrelated ones', async () => {
    const [query, related, unrelated] = await embedder.embedDocuments([
      'shelter for people displaced by natural disasters',
      PASSAGE,
      'The external auditor reviewed the accounts for the financial year.',
    ]);
    expect(dot(query, related)).toBeGreaterThan(dot(query, unrelated) + 0.1);
  });

  it('rejects bad options', () => {
    expect(() => new UniversalSentenceEncoderEmbedder({ batchSize: 0 })).toThrow(RangeError);
    expect(() => new UniversalSentenceEncoderEmbedder({ batchSize: 2.5 })).toThrow(RangeError);
  });
});
