import type { RetrievedUnit } from '../judge/hit';

/** A retrieved unit with a short human label for failure listings. */
export type RankedUnit = RetrievedUnit & { label: string };

/**
 * One retrieval system under comparison. Every system is judged by the same `judgeHit`, so all it must
 * say is where each unit sits in the source text.
 */
export interface RetrievalSystem {
  /** Stable key in results and thresholds: `hybrid`, `dense`, `bm25`, `langchain`. */
  readonly id: string;
  /** Row label in the tables. */
  readonly label: string;
  retrieve(query: string, k: number): Promise<RankedUnit[]>;
}
