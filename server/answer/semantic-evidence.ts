import type { Candidate } from './candidates';

/**
 * How close the question is in meaning to a candidate: the retriever's similarity of the query (on the reference
 * encoder's scale, `vectors/dense/similarity-calibration.ts`) to
 * the sentence units the candidate covers (the best of those it mostly covers), or null when the
 * retriever gave no unit scores (lexical-only retrieval). Paraphrases ("people living outside their
 * country of birth" for "international migrants") score high here while sharing few words.
 */
export function semanticScore(candidate: Candidate): number | null {
  const units = candidate.context.hit.unitScores;
  if (!units || units.length === 0) return null;
  let best: number | null = null;
  for (const unit of units) {
    const overlap = Math.min(unit.end, candidate.end) - Math.max(unit.start, candidate.start);
    if (overlap <= 0 || overlap < 0.5 * Math.min(unit.end - unit.start, candidate.end - candidate.start)) continue;
    if (best === null || unit.score > best) best = unit.score;
  }
  return best;
}
