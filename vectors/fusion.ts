/** A ranked list from one side of the hybrid search: passage labels with that side's raw scores, best first. */
export type RankedList = { label: number; score: number }[];

/**
 * How the dense and lexical lists become one ranking.
 * - `convex`: z-score each list's scores, then `denseWeight·dense + (1 − denseWeight)·lexical`; a passage missing
 *   from one list gets that list's lowest z-score. Keeps how far ahead a passage is, which ranks discard.
 * - `rrf`: weighted reciprocal rank fusion, Σ weight / (k + rank).
 * On the dev split, convex (0.4) beat the best weighted RRF on hit@1 and MRR at equal hit@5, and equal-weight
 * RRF lost to BM25 alone (see eval/README.md).
 */
export type Fusion =
  | { method: 'convex'; denseWeight: number; depth: number }
  | { method: 'rrf'; denseWeight: number; lexicalWeight: number; k: number; depth: number };

export const DEFAULT_FUSION: Fusion = { method: 'convex', denseWeight: 0.4, depth: 50 };

export function fuse(dense: RankedList, lexical: RankedList, fusion: Fusion): Map<number, number> {
  return fusion.method === 'rrf' ? reciprocalRank(dense, lexical, fusion) : convex(dense, lexical, fusion.denseWeight);
}

function reciprocalRank(dense: RankedList, lexical: RankedList, f: Extract<Fusion, { method: 'rrf' }>): Map<number, number> {
  const scores = new Map<number, number>();
  dense.forEach((hit, i) => scores.set(hit.label, (scores.get(hit.label) ?? 0) + f.denseWeight / (f.k + i + 1)));
  lexical.forEach((hit, i) => scores.set(hit.label, (scores.get(hit.label) ?? 0) + f.lexicalWeight / (f.k + i + 1)));
  return scores;
}

function convex(dense: RankedList, lexical: RankedList, denseWeight: number): Map<number, number> {
  const denseZ = zScores(dense);
  const lexicalZ = zScores(lexical);
  const denseFloor = Math.min(0, ...denseZ.values());
  const lexicalFloor = Math.min(0, ...lexicalZ.values());
  const scores = new Map<number, number>();
  for (const label of new Set([...denseZ.keys(), ...lexicalZ.keys()])) {
    const d = denseZ.get(label) ?? denseFloor;
    const l = lexicalZ.get(label) ?? lexicalFloor;
    scores.set(label, denseWeight * d + (1 - denseWeight) * l);
  }
  return scores;
}

function zScores(list: RankedList): Map<number, number> {
  const out = new Map<number, number>();
  if (list.length === 0) return out;
  const mean = list.reduce((sum, h) => sum + h.score, 0) / list.length;
  const sd = Math.sqrt(list.reduce((sum, h) => sum + (h.score - mean) ** 2, 0) / list.length) || 1;
  for (const hit of list) out.set(hit.label, (hit.score - mean) / sd);
  return out;
}
