/**
 * HNSW recall@k against exact search, by score. Reshuffled copies of the same reports hold many identical
 * sentence vectors, so the exact top k is full of ties and "which labels" is arbitrary among them. A returned
 * hit therefore counts when its exact cosine is at least the exact k-th best score (− 1e-6): it is as good
 * as some vector in the true top k. Label overlap is reported too, to show what the ties do to it.
 */
import type { VectorHit } from '../vectors/types';

export type RecallMeasurement = {
  queries: number;
  k: number;
  /** Share of the k returned slots filled with a vector scoring ≥ the exact k-th best (the target metric). */
  byScore: number;
  /** Share of the exact top-k labels (ties broken by label) that were returned. Informational. */
  byLabel: number;
  /** Mean count of vectors scoring ≥ the exact k-th best: above k means ties. */
  meanQualifying: number;
};

const TOLERANCE = 1e-6;

function exactScores(vectors: readonly Float32Array[], query: readonly number[]): Float64Array {
  const scores = new Float64Array(vectors.length);
  for (let v = 0; v < vectors.length; v++) {
    const vector = vectors[v];
    let dot = 0;
    for (let i = 0; i < vector.length; i++) dot += vector[i] * query[i];
    scores[v] = dot;
  }
  return scores;
}

export function recallAtK(
  vectors: readonly Float32Array[],
  search: (query: number[], k: number) => VectorHit[],
  queries: readonly number[][],
  k: number,
): RecallMeasurement {
  let byScore = 0;
  let byLabel = 0;
  let qualifying = 0;
  for (const query of queries) {
    const scores = exactScores(vectors, query);
    const order = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a] || a - b);
    const kth = scores[order[Math.min(k, order.length) - 1]];
    const truth = new Set(order.slice(0, k));
    const hits = search(query, k);
    byScore += hits.filter((hit) => scores[hit.label] >= kth - TOLERANCE).length;
    byLabel += hits.filter((hit) => truth.has(hit.label)).length;
    for (const score of scores) if (score >= kth - TOLERANCE) qualifying++;
  }
  const slots = queries.length * Math.min(k, vectors.length);
  return {
    queries: queries.length,
    k,
    byScore: slots ? byScore / slots : Number.NaN,
    byLabel: slots ? byLabel / slots : Number.NaN,
    meanQualifying: queries.length ? qualifying / queries.length : Number.NaN,
  };
}
