import type { PassageContext } from './candidates';
import type { QuestionProfile } from './question-profile';
import { idf, type TermStats } from './term-weights';

/** How much each of the question's words counts, for ranking and for evidence. */
export type QuestionWeights = {
  /** All content keys (years and numbers included), for the rank. */
  keys: string[];
  /** Word keys the reports use: what lexical evidence is a share of. */
  matchable: string[];
  rankWeight: (key: string) => number;
  evidenceWeight: (key: string) => number;
  rankTotal: number;
  evidenceTotal: number;
  /** Share of the question's weight in naming words no report uses ("salary", "subtitle"). */
  unmatched: number;
};

export const sum = (keys: readonly string[], weight: (key: string) => number) => keys.reduce((total, k) => total + weight(k), 0);

/**
 * Rank weights are IDF over the retrieved passages, evidence weights IDF over the corpus; verbs (often
 * paraphrased) count half, and so do the words of "according to <source>", which say where to look more
 * than what is asked. With a meaning signal at hand (unit scores), words that no report uses are judged by
 * meaning rather than counted as missing: the describing ones ("quickly", "get") are left out, the naming
 * ones ("salary", "subtitle") may be what the reports lack and are reported as `unmatched`.
 */
export function questionWeights(profile: QuestionProfile, contexts: PassageContext[], retrievedStats: TermStats, corpusStats: TermStats): QuestionWeights {
  const keys = profile.terms.map((t) => t.key);
  const words = profile.terms.filter((t) => t.kind === 'word');
  const verbs = new Set(words.filter((t) => t.verb).map((t) => t.key));
  const source = new Set(profile.terms.filter((t) => t.source).map((t) => t.key));
  const rankWeight = (k: string) => idf(retrievedStats, k) * (source.has(k) ? 0.5 : 1);
  const evidenceWeight = (k: string) => idf(corpusStats, k) * (verbs.has(k) ? 0.5 : 1) * (source.has(k) ? 0.5 : 1);

  const semanticAvailable = contexts.some((c) => (c.hit.unitScores?.length ?? 0) > 0);
  const unknown = semanticAvailable ? words.filter((t) => (corpusStats.df.get(t.key) ?? 0) === 0) : [];
  const matchable = words.map((t) => t.key).filter((k) => !unknown.some((t) => t.key === k));
  const evidenceTotal = sum(matchable, evidenceWeight);
  const unknownNames = unknown.filter((t) => !t.describes).map((t) => t.key);
  const namedTotal = evidenceTotal + sum(unknownNames, evidenceWeight);
  return {
    keys,
    matchable,
    rankWeight,
    evidenceWeight,
    rankTotal: sum(keys, rankWeight),
    evidenceTotal,
    unmatched: namedTotal > 0 ? sum(unknownNames, evidenceWeight) / namedTotal : 0,
  };
}
