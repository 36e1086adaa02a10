import { describe, expect, it } from 'vitest';
import type { Passage } from '../ingest/types';
import { BruteForceIndex } from './dense/brute-force-index';
import { scaleToReference } from './dense/similarity-calibration';
import { HybridRetriever } from './hybrid-retriever';
import { Bm25Index } from './lexical/bm25-index';
import type { StoredUnit } from './store/index-data';
import { PassageEmbedder } from './types';

/** Every text embeds to the same direction, so a unit's similarity is its first coordinate. */
class FixedQueryEmbedder extends PassageEmbedder {
  readonly id = 'fixed-2';
  readonly dimension = 2;
  async embedDocuments(texts: string[]) {
    return texts.map(() => [1, 0]);
  }
  async embedQuery() {
    return [1, 0];
  }
}

const at = (similarity: number) => [similarity, Math.sqrt(1 - similarity ** 2)];
const passage = (id: string, text: string): Passage => ({
  id, source: `${id}.txt`, title: id, symbol: null, date: null, sectionPath: [], paragraph: null, page: null, start: 0, end: text.length, text,
});

/**
 * Passage A's best sentence scores 0.90; passage B's best unit is a window at 0.88. On the reference encoder's
 * scale a window's 1.05 is a small step; on a compressed scale (unrelated sentences at 0.83 ± 0.047) 1.05 × 0.88
 * would leap past 0.90, so the weight is applied after the mapping.
 */
function retrieverWith(similarityScale?: (s: number) => number) {
  const passages = [passage('a', 'One sentence. Another.'), passage('b', 'First here. Second here.')];
  const units: StoredUnit[] = [
    { passage: 0, start: 0, end: 13 },
    { passage: 1, start: 0, end: 24, window: true },
    { passage: 1, start: 0, end: 11 },
  ];
  const vectors = new BruteForceIndex(2);
  [at(0.9), at(0.88), at(0.5)].forEach((v, label) => vectors.add(label, v));
  return new HybridRetriever({ embedder: new FixedQueryEmbedder({}), vectors, units, lexical: new Bm25Index(), sentenceLexical: new Bm25Index(), passages, similarityScale });
}

describe('hybrid retrieval on another embedder’s scale', () => {
  it('weighs windows on the reference scale, not on the raw one', async () => {
    const raw = await retrieverWith().retrieve('anything', { k: 2, mode: 'dense' });
    expect(raw.map((r) => r.passage.id)).toEqual(['b', 'a']);
    const compressed = scaleToReference({ mean: 0.83, sd: 0.047, pairs: 4000 });
    const mapped = await retrieverWith(compressed).retrieve('anything', { k: 2, mode: 'dense' });
    expect(mapped.map((r) => r.passage.id)).toEqual(['a', 'b']);
    expect(mapped[0].unitScores![0].score).toBeCloseTo(compressed(0.9), 6);
  });
});
