import { mean, share } from './mean';

export type RetrievalScores = {
  n: number;
  hitAt1: number | null;
  hitAt5: number | null;
  /** Mean reciprocal rank of the first hit within the retrieval depth (0 when none). */
  mrr: number | null;
  /** hit@5 counting only span hits (the unit covers ≥ 50 % of the quote), not facts-only hits. */
  spanHitAt5: number | null;
};

/** Scores a list of rankings, each given as the 1-based rank of its first hit (null: no hit). */
export function retrievalScores(rankings: readonly { rank: number | null; spanRank: number | null }[]): RetrievalScores {
  const within = (rank: number | null, k: number) => rank !== null && rank <= k;
  return {
    n: rankings.length,
    hitAt1: share(rankings.map((r) => within(r.rank, 1))),
    hitAt5: share(rankings.map((r) => within(r.rank, 5))),
    mrr: mean(rankings.map((r) => (r.rank === null ? 0 : 1 / r.rank))),
    spanHitAt5: share(rankings.map((r) => within(r.spanRank, 5))),
  };
}
