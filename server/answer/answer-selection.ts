import type { ScoredCandidate } from './candidate-scoring';
import type { Candidate } from './candidates';
import type { QuestionProfile, QuestionType } from './question-profile';

export type SelectionOptions = {
  maxSentences: number;
  /** Soft budget for the answer text; the best candidate is always kept. */
  maxChars: number;
  /** A further sentence must score at least this share of the best (factoid questions use `factoidRatio`). */
  ratio: number;
  factoidRatio: number;
  /** How much closer in meaning than the best a sentence must be to be offered beside it. */
  semanticLead: number;
};

const FACTOID_TYPES: QuestionType[] = ['quantity', 'when', 'who', 'where'];

const overlaps = (a: Candidate, b: Candidate) => a.context === b.context && a.start < b.end && b.start < a.end;

function similarity(a: Candidate, b: Candidate): number {
  let shared = 0;
  for (const key of a.keys) if (b.keys.has(key)) shared++;
  const union = a.keys.size + b.keys.size - shared;
  return union > 0 ? shared / union : 0;
}

/**
 * Picks 1–maxSentences grounded candidates: the best one, then others scoring close to it, skipping
 * overlaps and near-duplicates; a list item that is a fragment stands for its whole list; a sentence that points back
 * ("It …", "These …") brings the sentence before it. Factoid questions (how many, when, who, where)
 * stop as soon as the best candidate has the kind of answer asked for. Null when nothing is grounded.
 */
export function selectCandidates(scored: ScoredCandidate[], profile: QuestionProfile, options: SelectionOptions): Candidate[] | null {
  const ranked = scored
    .filter((s) => s.grounded)
    .sort((a, b) => b.score - a.score || a.candidate.context.rank - b.candidate.context.rank || a.candidate.order - b.candidate.order);
  if (ranked.length === 0) return null;

  const types = profile.types;
  const factoid = FACTOID_TYPES.some((t) => types.has(t));
  const best = ranked[0];
  const limit = factoid ? Math.min(2, options.maxSentences) : options.maxSentences;
  const ratio = factoid ? options.factoidRatio : options.ratio;
  const selected: Candidate[] = [];
  let chars = 0;
  // A list item that is a fragment ("to provide …") is read with its list; a full sentence stands alone.
  const expand = (c: Candidate) => (c.unit && (types.has('list') || /^\p{Ll}/u.test(c.text)) ? c.unit : c);
  const take = (candidate: Candidate, force = false) => {
    const unit = expand(candidate);
    if (selected.some((s) => s === unit || overlaps(s, unit))) return false;
    if (!force && selected.some((s) => similarity(s, unit) >= 0.6)) return false;
    if (!force && chars + unit.text.length > options.maxChars) return false;
    selected.push(unit);
    chars += unit.text.length;
    return true;
  };

  // What may stand beside the best: it scores near it, is of the kind asked for when the best is, and is not about another year.
  const nearBest = (s: ScoredCandidate) => s.score >= best.score * ratio && (!best.typeMet || s.typeMet) && !s.otherYearsOnly;

  take(best.candidate, true);
  // The sentence after the best that points back to it ("International migration law is an umbrella term …" →
  // "Notably, it includes both the rights and duties of migrants …") often says what the best only names. It joins
  // unless the best already has the kind of answer a factoid asks for, and then only when it has that kind.
  // Like the companion below, it may lack the question's words, but nothing else: type, year, names and form hold.
  const continuation = scored.find(
    (s) => s.candidate.previous === best.candidate && s.candidate.refersBack && s.candidate.kind === 'sentence' && s.reasons.every((r) => r === 'evidence'),
  );
  if (continuation && !continuation.otherYearsOnly && (factoid ? !best.typeMet && continuation.typeMet : true)) take(continuation.candidate);
  // When the sentence closest in meaning is not the best by score, the two signals disagree: it is
  // offered too, if it is of the asked kind and scores near the best.
  const closest = ranked
    .filter((s) => s !== best && s.semantic !== null && s.semantic >= (best.semantic ?? Infinity) + options.semanticLead)
    .sort((a, b) => b.semantic! - a.semantic!)[0];
  if (closest && nearBest(closest)) take(closest.candidate);
  // A whole list answers a list question; a factoid answered by the best sentence needs nothing more, unless its
  // amount counts something else than what "how many" asks ("1.2 million migrants" for how many programmes).
  const answered = (factoid && best.typeStrong && best.ownEvidence >= 0.6) || selected[0].kind === 'list';
  if (!answered) {
    for (const next of ranked.slice(1)) {
      if (selected.length >= limit || next.score < best.score * ratio) break;
      // Further sentences must also be as much about the question, and count what "how many" asks when the best does.
      if (!nearBest(next) || next.ownEvidence < best.ownEvidence * 0.75 || (best.typeStrong && !next.typeStrong)) continue;
      take(next.candidate);
    }
    // The best sentence's passage is about the question; a sentence of it that scores near the best but leaves the
    // question's words to its neighbours ("The first training session in 2007 will be on the topic of …" beside
    // "… in 2007 IOM will continue the series of training sessions … for the staff of Permanent Missions") is
    // often the one that answers. It may join when evidence is the only reason it is not grounded: type, year,
    // numbers, names and form all hold.
    const companion = scored
      .filter((s) => s.candidate.context === best.candidate.context && s.reasons.length === 1 && s.reasons[0] === 'evidence' && nearBest(s))
      .sort((a, b) => b.score - a.score || a.candidate.order - b.candidate.order)[0];
    if (companion && selected.length < limit) take(companion.candidate);
  }

  // A sentence that points back ("It brought together …") brings the sentence before it when that one
  // names something the question asks about and the pointing sentence does not; a "why" answered by a
  // consequence ("As a result, demand has grown") brings the sentence before it, which holds the reason.
  const questionKeys = profile.terms.map((t) => t.key);
  for (const candidate of [...selected]) {
    const reasonBefore = types.has('why') && candidate.consequence;
    if ((!candidate.refersBack && !reasonBefore) || selected.length >= options.maxSentences) continue;
    const previous = candidate.previous ?? null;
    if (!previous || previous.kind === 'list') continue;
    if (reasonBefore || questionKeys.some((k) => previous.keys.has(k) && !candidate.keys.has(k))) take(previous, true);
  }
  return selected;
}
