import { Embeddings } from '@langchain/core/embeddings';
import type { Passage } from '../ingest/types';

/**
 * A sentence encoder. It is a LangChain `Embeddings`, so it also plugs into LangChain
 * vector stores (the eval's baseline recipe uses it that way).
 */
export abstract class PassageEmbedder extends Embeddings {
  /** Stable identity recorded in the index manifest, e.g. `use-512` or `transformers:bge-small-en-v1.5`. */
  abstract readonly id: string;
  abstract readonly dimension: number;

  /** Several queries at once (the dense search embeds a question and its restatement); one model call where it can. */
  async embedQueries(texts: string[]): Promise<number[][]> {
    return Promise.all(texts.map((text) => this.embedQuery(text)));
  }
}

export type VectorHit = { label: number; score: number };

/** Nearest-neighbour search over unit vectors by cosine similarity (score in [-1, 1], higher is closer). */
export interface VectorIndex {
  readonly kind: string;
  readonly size: number;
  add(label: number, vector: number[]): void;
  remove(label: number): void;
  search(vector: number[], k: number): VectorHit[];
  /** The stored vector of a label (for exact re-scoring). */
  getVector(label: number): number[];
  save(dir: string): Promise<void>;
}

export type ScoredPassage = {
  passage: Passage;
  /** Fused score used for ranking (higher is better). */
  score: number;
  /** Component ranks and scores, for debugging and the eval. */
  dense?: { rank: number; score: number };
  lexical?: { rank: number; score: number };
  /**
   * Similarity of the query to each sentence unit of the passage (offsets relative to `passage.text`),
   * present when the dense side ran, on the reference embedder's scale (`dense/similarity-calibration.ts`). Lets
   * the composer judge paraphrases sentence by sentence.
   */
  unitScores?: { start: number; end: number; score: number }[];
  /** From the document the question names as its source ("according to the 2010 Strategy review"). */
  namedSource?: boolean;
};

export type RetrieveOptions = { k?: number; mode?: 'hybrid' | 'dense' | 'lexical' };

/** What the server and eval need from the index. */
export interface Retriever {
  retrieve(query: string, options?: RetrieveOptions): Promise<ScoredPassage[]>;
}
