import { ORDINAL_WORDS } from '../../vectors/lexical/number-words';
import type { Candidate } from './candidates';

const ORDINALS = ORDINAL_WORDS.join('|');
/** Not "for the first time", "the first to" or "twenty-first": those pick no member of a series ("first-ever" does). */
const NOT_IN_SERIES = String.raw`(?<![-\p{L}])(${ORDINALS})(?!\p{L})(?!\s+(?:time|to)\b)`;
/** An ordinal that picks one of a series: "the second workshop", "IOM's first focus", "the first of the two themes". */
const SERIES_ORDINAL = new RegExp(String.raw`\b(?:the|a|its|their|this|that|\S+['’]s)\s+${NOT_IN_SERIES}`, 'giu');
/** Any ordinal of a series in a sentence, but not "First," opening it as a discourse marker. */
const SENTENCE_ORDINAL = new RegExp(String.raw`${NOT_IN_SERIES}(?!,)`, 'giu');

/** The ordinals a question picks one of a series by ("When will the second workshop be held?"). */
export function askedOrdinals(question: string): Set<string> {
  return new Set([...question.matchAll(SERIES_ORDINAL)].map((m) => m[1].toLowerCase()));
}

/**
 * The candidate names other members of the series and not the asked one: "The first IDM intersessional workshop … will
 * be held in Geneva" does not say where the second is held.
 */
export function otherOrdinalsOnly(asked: ReadonlySet<string>, candidate: Pick<Candidate, 'text'>): boolean {
  if (asked.size === 0) return false;
  const named = new Set([...candidate.text.matchAll(SENTENCE_ORDINAL)].map((m) => m[1].toLowerCase()));
  return named.size > 0 && ![...asked].some((o) => named.has(o));
}
