import type { TextForm } from './text-form';

/** The evidence a candidate has for answering the question, on which grounding is decided. */
export type Evidence = {
  /** Share of the question's topical weight found in the candidate itself (words no report uses left out when meaning can judge them). */
  own: number;
  /** `own` plus half of what the rest of its passage (and headings) adds. */
  withPassage: number;
  /** Share of the question's topical weight in words that no report uses: a paraphrase, or a topic the reports lack. */
  unmatched: number;
  /** Similarity of the question to the candidate's sentence on the reference encoder's scale, or null when unknown. */
  semantic: number | null;
  /** A statement; a question (answers only in the question's own words); or a fragment, which never answers. */
  form: TextForm;
  /** It gives what the question type asks for (an amount, a date, a name, a reason, a list, a definition). */
  typeMet: boolean;
  /**
   * For "how many" a particular thing: the candidate or its passage names it (true for any other question). A
   * sentence close in meaning that states an amount of something else does not say how many.
   */
  countedNamed: boolean;
  /** The question asks whether something is so: only a sentence that states it (in the question's words) answers. */
  yesNo: boolean;
};

/** Thresholds of the two ways a candidate can be grounded; defaults set on the dev split (see README). */
export type GroundingThresholds = {
  /** Lexical: least `withPassage` (0.55). */
  minEvidence: number;
  /** Lexical: least `own` (0.4). */
  minOwnEvidence: number;
  /** Lexical: above this `unmatched` share, the words the reports lack must be vouched for by meaning (0.25)… */
  maxUnmatched: number;
  /** …a semantic similarity of at least this (0.48)… */
  semanticConfirm: number;
  /** Lexical: a candidate holding this `own` share itself (0.6)… */
  strongOwn: number;
  /** …needs only this similarity to vouch for the words no report uses (0.44). */
  strongOwnConfirm: number;
  /** Semantic: least similarity for a sentence to answer with few words in common (0.5)… */
  semanticAlone: number;
  /** …provided it still holds this share of the question's words (0.05). */
  semanticMinOwn: number;
};

export const DEFAULT_GROUNDING: GroundingThresholds = {
  minEvidence: 0.55,
  minOwnEvidence: 0.4,
  maxUnmatched: 0.25,
  semanticConfirm: 0.48,
  strongOwn: 0.6,
  strongOwnConfirm: 0.44,
  semanticAlone: 0.5,
  semanticMinOwn: 0.05,
};

export type GroundingRoute = 'lexical' | 'semantic';

/**
 * Whether the evidence is enough to answer, and by which route: enough of the question's words in the
 * sentence (and, when many of the question's words are ones the reports never use, a sentence close in
 * meaning too), or a sentence close in meaning that gives the kind of answer asked for (for "how many", of
 * the thing counted) and still shares some words with the question (a statement, and not for a yes/no
 * question: a sentence on the same topic does not say whether). Null when neither holds. Hard constraints
 * (type, year, names) are checked by the caller.
 */
export function groundingRoute(evidence: Evidence, t: GroundingThresholds): GroundingRoute | null {
  const { own, withPassage, unmatched, semantic, form, typeMet, countedNamed, yesNo } = evidence;
  if (form === 'fragment') return null;
  // Words no report uses need meaning to vouch for them, less so when the sentence holds most of the rest.
  const vouched = semantic === null || semantic >= t.semanticConfirm || (own >= t.strongOwn && semantic >= t.strongOwnConfirm);
  const lexical = withPassage >= t.minEvidence && own >= t.minOwnEvidence && (unmatched <= t.maxUnmatched || vouched);
  if (lexical) return 'lexical';
  if (semantic !== null && semantic >= t.semanticAlone && own >= t.semanticMinOwn && typeMet && countedNamed && !yesNo && form === 'statement') return 'semantic';
  return null;
}
