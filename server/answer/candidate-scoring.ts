import { aliasesFor, widen } from './acronym-aliases';
import { typeFit } from './answer-type-fit';
import type { Candidate, PassageContext } from './candidates';
import type { QuestionProfile } from './question-profile';
import { idf, type TermStats } from './term-weights';

/** How a candidate answers the question; `score` ranks, `grounded` decides whether it may answer at all. */
export type ScoredCandidate = {
  candidate: Candidate;
  score: number;
  /** Share of the question's topical terms (corpus-weighted) in the candidate, half credit for the rest of its passage. */
  evidence: number;
  /** Share of the question's topical terms in the candidate itself (with the sentence "It …" points back to). */
  ownEvidence: number;
  /** The question has a topic word, evidence is high enough and every hard constraint (named year, number, rare name, answer type) is met. */
  grounded: boolean;
  /** The candidate has what the question type asks for (a number, a date, a name, a reason, a list …). */
  typeMet: boolean;
  /** typeMet, and for "how many" the amount sits next to the thing counted. */
  typeStrong: boolean;
  /** The question names a year; the candidate names only other years. */
  otherYearsOnly: boolean;
};

export type ScoringThresholds = { minEvidence: number; minOwnEvidence: number };

const sum = (keys: string[], weight: (key: string) => number) => keys.reduce((total, k) => total + weight(k), 0);

/**
 * Scores every candidate against the question: coverage of the question's content terms (IDF over
 * the retrieved passages), coverage by the rest of the passage, the answer type (an amount for
 * "how many", a date for "when", names for "who", a reason for "why", a list for "list", a definition
 * for "what is"), the year it names, and the passage's retrieval rank. Grounding uses corpus-wide
 * weights over the question's topical terms (years and numbers are constraints, verbs count half).
 */
export function scoreCandidates(
  profile: QuestionProfile,
  candidates: Candidate[],
  contexts: PassageContext[],
  retrievedStats: TermStats,
  corpusStats: TermStats,
  thresholds: ScoringThresholds,
): ScoredCandidate[] {
  const keys = profile.terms.map((t) => t.key);
  const topical = profile.terms.filter((t) => t.kind === 'word');
  const topicalKeys = topical.map((t) => t.key);
  const verbs = new Set(topical.filter((t) => t.verb).map((t) => t.key));
  const rankWeight = (k: string) => idf(retrievedStats, k);
  const evidenceWeight = (k: string) => idf(corpusStats, k) * (verbs.has(k) ? 0.5 : 1);
  const rankTotal = sum(keys, rankWeight);
  const evidenceTotal = sum(topicalKeys, evidenceWeight);
  const fitContext = {
    profile,
    questionKeys: new Set(keys),
    topicalKeys: new Set(topicalKeys),
    counted: new Set(profile.countedKeys.length > 0 ? profile.countedKeys : topicalKeys),
    definitionTarget: new Set(profile.definitionKeys),
    corpusStats,
    commonLimit: Math.max(2, corpusStats.docs * 0.05),
  };
  const topScore = Math.max(0, ...contexts.map((c) => c.hit.score));
  const rareLimit = Math.max(2, corpusStats.docs * 0.02);
  const rareNames = topical.filter((t) => t.entity && (corpusStats.df.get(t.key) ?? 0) <= rareLimit).map((t) => t.key);
  const namedYears = new Set(profile.years);
  const aliases = aliasesFor(profile, contexts);
  const passageKeys = new Map(contexts.map((c) => [c, widen(new Set([...c.keys, ...c.headingKeys]), aliases)]));

  return candidates.map((candidate) => {
    const { context, tokens } = candidate;
    const ownKeys = widen(candidate.keys, aliases);
    const wholePassage = passageKeys.get(context)!;
    const inPassage = (k: string) => wholePassage.has(k);
    const pointedTo = candidate.refersBack && candidate.previous ? widen(candidate.previous.keys, aliases) : undefined;
    // A name shortened on second mention ("the Centre" for "the African Capacity-building Centre")
    // counts whole when its passage spells it out.
    const shortened = new Set(
      profile.names.filter((name) => name.some((k) => ownKeys.has(k)) && name.every(inPassage)).flat(),
    );
    const inOwn = (k: string) => ownKeys.has(k) || shortened.has(k) || (pointedTo?.has(k) ?? false);

    const coverage = rankTotal > 0 ? sum(keys.filter((k) => ownKeys.has(k)), rankWeight) / rankTotal : 0;
    const passageCoverage = rankTotal > 0 ? sum(keys.filter((k) => !ownKeys.has(k) && inPassage(k)), rankWeight) / rankTotal : 0;
    const ownShare = evidenceTotal > 0 ? sum(topicalKeys.filter(inOwn), evidenceWeight) / evidenceTotal : 1;
    const restShare = evidenceTotal > 0 ? sum(topicalKeys.filter((k) => !inOwn(k) && inPassage(k)), evidenceWeight) / evidenceTotal : 0;

    const years = new Set(tokens.filter((t) => t.kind === 'year').map((t) => t.norm));
    const hasNamedYear = [...namedYears].some((y) => years.has(y));
    // The named year may also sit in the sentence "It …" points back to, or in the section heading.
    const datedAsAsked = [...namedYears].every((y) => years.has(y) || pointedTo?.has(y) || context.headingKeys.has(y));
    const isList = candidate.kind === 'list';
    const fit = typeFit(candidate, fitContext);
    const bonus = fit.bonus + (namedYears.size > 0 ? (hasNamedYear ? 0.3 : years.size > 0 ? -0.3 : 0) : 0);

    const rankBonus = (topScore > 0 ? 0.12 * (context.hit.score / topScore) : 0) + 0.04 / (1 + context.rank);
    const lengthPenalty = candidate.words < 6 ? 0.15 : candidate.words > 100 ? 0.15 : candidate.words > 60 ? 0.05 : 0;
    const score = coverage + 0.3 * passageCoverage + bonus + rankBonus - lengthPenalty;

    const evidence = ownShare + 0.5 * restShare;
    const constraintsMet =
      profile.numbers.every(inPassage) &&
      rareNames.every(inPassage) &&
      (datedAsAsked || (isList && profile.years.every(inPassage))) &&
      (!isList || profile.types.has('list')); // a whole list answers only a list question (a fragment item still brings it)
    const grounded =
      topicalKeys.length > 0 && fit.hard && constraintsMet && evidence >= thresholds.minEvidence && ownShare >= thresholds.minOwnEvidence;
    return {
      candidate,
      score,
      evidence,
      ownEvidence: ownShare,
      grounded,
      typeMet: fit.hard && fit.soft,
      typeStrong: fit.hard && fit.soft && fit.nearTerm,
      otherYearsOnly: namedYears.size > 0 && years.size > 0 && !hasNamedYear,
    };
  });
}
