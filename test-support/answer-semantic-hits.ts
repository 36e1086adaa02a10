/**
 * Hand-made retrieval results for the composer's tests: passages with `unitScores` as the hybrid
 * retriever gives them (one cosine similarity per sentence unit, offsets in the passage text), so a test
 * states how close in meaning each sentence is to the question without running an encoder.
 */
import type { Passage } from '../ingest/types';
import { denseUnitSpans } from '../vectors/dense/dense-units';
import type { ScoredPassage } from '../vectors/types';

/** Similarity of the question to a sentence unit, given its text; units no rule matches get `otherwise`. */
export type UnitSimilarity = { match: RegExp | string; score: number }[];

/**
 * The passage as retrieved, with a similarity for each of its sentence units: the first rule whose
 * `match` the unit's text contains (string) or matches (RegExp) gives its score, else `otherwise`.
 *
 * @example
 * semanticHit(PASSAGES.trends, 0.9, [{ match: '3.1 per cent', score: 0.56 }])
 */
export function semanticHit(passage: Passage, score: number, rules: UnitSimilarity = [], otherwise = 0.2): ScoredPassage {
  const unitScores = denseUnitSpans(passage).map(({ start, end }) => {
    const text = passage.text.slice(start, end);
    const rule = rules.find((r) => (typeof r.match === 'string' ? text.includes(r.match) : r.match.test(text)));
    return { start, end, score: rule ? rule.score : otherwise };
  });
  return { passage, score, unitScores };
}

/** The same hit without unit scores, as lexical-only retrieval gives it. */
export function lexicalHit(passage: Passage, score: number): ScoredPassage {
  return { passage, score };
}
