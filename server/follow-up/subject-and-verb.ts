import { nounTakenForVerb, splitSubject, verbalSplit } from '../../vectors/query/question-grammar';
import { isVerbLike, PREPOSITIONS } from '../../vectors/query/word-classes';

/**
 * The subject, verb and what follows of "… did <subject> <verb> …": the grammar's split, repaired where it took a
 * preposition for the verb ("the experts at the Bangkok seminar analyse": the verb is the next verb-like word, or
 * the last word).
 * `preposition` is where the subject's own preposition stands, or -1.
 */
export function subjectAndVerb(rest: string[]): { subject: string[]; verb: string; tail: string[]; preposition: number } | null {
  const split = splitSubject(rest);
  // "does the 2007 resolution adopting IOM's Strategy call to mind", "does IOM's 2010 review of its Strategy expect":
  // "resolution" and "review" are no verbs.
  const sv = split && nounTakenForVerb(rest, split) ? verbalSplit(rest, split) : split;
  if (!sv) return null;
  // "… take part in the major RCPs": "part" is no object, what the preposition governs is.
  if (/^t(?:ake|akes|ook|aking)$/i.test(sv.verb) && /^(?:part|place)$/i.test(sv.tail[0] ?? '')) return { ...sv, tail: sv.tail.slice(1), preposition: -1 };
  if (!PREPOSITIONS.has(sv.verb.toLowerCase())) return { ...sv, preposition: -1 };
  const at = sv.subject.length;
  const found = rest.findIndex((w, k) => k > at + 1 && /^\p{Ll}/u.test(w) && isVerbLike(w));
  // A verb the list does not know ("analyse") ends a question that has no object.
  const verb = found > 0 ? found : rest.length > at + 2 && /^\p{Ll}/u.test(rest[rest.length - 1]) ? rest.length - 1 : -1;
  return verb < 0 ? null : { subject: rest.slice(0, verb), verb: rest[verb], tail: rest.slice(verb + 1), preposition: at };
}
