import type { Passage } from '../../ingest/types';
import { formatRef } from '../../server/answer';
import type { CorpusIndex } from '../../vectors/corpus-index';
import type { Fusion } from '../../vectors/fusion';
import type { RetrieveOptions } from '../../vectors/types';
import type { RankedUnit, RetrievalSystem } from './retrieval-system';

export const passageUnit = (passage: Passage): RankedUnit => ({
  source: passage.source,
  start: passage.start,
  end: passage.end,
  text: passage.text,
  label: formatRef(passage),
});

export function indexSystem(index: CorpusIndex, id: string, label: string, mode: NonNullable<RetrieveOptions['mode']>): RetrievalSystem {
  return {
    id,
    label,
    async retrieve(query, k) {
      return (await index.retrieve(query, { k, mode })).map((hit) => passageUnit(hit.passage));
    },
  };
}

export const EQUAL_WEIGHT_RRF: Fusion = { method: 'rrf', weights: { dense: 1, lexical: 1, sentenceLexical: 0 }, k: 60, depth: 50 };

/** Our index three ways: the hybrid retriever users get, and each of its two halves alone. */
export function indexSystems(index: CorpusIndex): RetrievalSystem[] {
  return [
    indexSystem(index, 'hybrid', 'ours: hybrid (passage + sentence BM25, sentence and window vectors, GloVe sentence vectors)', 'hybrid'),
    indexSystem(index, 'dense', 'ours: dense only', 'dense'),
    indexSystem(index, 'bm25', 'ours: BM25 only', 'lexical'),
  ];
}
