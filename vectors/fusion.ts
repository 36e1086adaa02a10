/** A ranked list from one signal of the hybrid search: passage labels with that signal's raw scores, best first. */
export type RankedList = { label: number; score: number }[];

/**
 * The signals a passage is ranked by: the encoder's vectors, passage BM25, sentence BM25, and sentence vectors made of
 * pre-trained word vectors (`word-vectors/`), which only weigh in when the index has a word-vector table.
 */
export type Signal = 'dense' | 'lexical' | 'sentenceLexical' | 'wordVectors';

/**
 * How the signals become one ranking.
 * - `convex`: z-score each list's scores, then sum weight·z; a passage missing from a list gets that list's
 *   lowest z-score (in a list the caller marks complete, the z-score of 0). Keeps how far ahead a passage is,
 *   which ranks discard.
 * - `rrf`: weighted reciprocal rank fusion, Σ weight / (k + rank).
 * Weights come from `npm run eval` on the dev split (eval/README.md): equal-weight RRF lost to BM25 alone there.
 */
export type Fusion =
  | { method: 'convex'; weights: Weights; depth: number; namedSourceBonus?: number }
  | { method: 'rrf'; weights: Weights; k: number; depth: number; namedSourceBonus?: number };

/** A signal without a weight does not count. */
type Weights = Partial<Record<Signal, number>>;

export const DEFAULT_FUSION: Fusion = {
  method: 'convex',
  weights: { dense: 0.4, lexical: 0.3, sentenceLexical: 0.3, wordVectors: 0.2 },
  depth: 50,
  // What a passage of the document the question names ("according to …"; `query/named-source.ts`) gains, in the
  // z-units this fusion sums: enough to lift it over a passage of another report that matches the words as well, not
  // over one that matches far better. A fusion without it (the eval's RRF baseline) names no source.
  namedSourceBonus: 0.5,
};

/**
 * `complete`: the signals whose list holds every passage that scores at all (a BM25 search that ran out of matches
 * before the depth); a passage missing from such a list scores 0 there, not "somewhere below the last hit". Z-scored
 * alone, a word only one passage has ("guardianship") gave that passage z = 0, the same as passages without it, and
 * the dense side alone decided.
 */
export function fuse(lists: Partial<Record<Signal, RankedList>>, fusion: Fusion, complete: ReadonlySet<Signal> = new Set()): Map<number, number> {
  const scores = new Map<number, number>();
  const weight = (signal: Signal) => fusion.weights[signal] ?? 0;
  const signals = (Object.keys(lists) as Signal[]).filter((s) => weight(s) > 0 && (lists[s]?.length ?? 0) > 0);
  if (fusion.method === 'rrf') {
    for (const signal of signals) {
      lists[signal]!.forEach((hit, i) => scores.set(hit.label, (scores.get(hit.label) ?? 0) + weight(signal) / (fusion.k + i + 1)));
    }
    return scores;
  }
  const labels = new Set(signals.flatMap((s) => lists[s]!.map((h) => h.label)));
  for (const signal of signals) {
    const list = lists[signal]!;
    const z = zScores(complete.has(signal) ? withZeros(list, labels) : list);
    const floor = Math.min(0, ...z.values());
    for (const label of labels) scores.set(label, (scores.get(label) ?? 0) + weight(signal) * (z.get(label) ?? floor));
  }
  return scores;
}

function withZeros(list: RankedList, labels: Set<number>): RankedList {
  const listed = new Set(list.map((h) => h.label));
  return [...list, ...[...labels].filter((label) => !listed.has(label)).map((label) => ({ label, score: 0 }))];
}

function zScores(list: RankedList): Map<number, number> {
  const mean = list.reduce((sum, h) => sum + h.score, 0) / list.length;
  const sd = Math.sqrt(list.reduce((sum, h) => sum + (h.score - mean) ** 2, 0) / list.length) || 1;
  return new Map(list.map((hit) => [hit.label, (hit.score - mean) / sd]));
}
