import type { Candidate } from './candidates';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL = new RegExp(`\\b(${ORDINALS.join('|')})\\b`, 'gi');
/** An ordinal that picks one of a series: "the second workshop", "its first focus", "the first of the two themes". */
const SERIES_ORDINAL = new RegExp(`\\b(?:the|a|its|their|this|that)\\s+(${ORDINALS.join('|')})\\b(?!\\s+(?:to|time)\\b)`, 'gi');

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
  const named = new Set([...candidate.text.matchAll(ORDINAL)].map((m) => m[1].toLowerCase()));
  return named.size > 0 && ![...asked].some((o) => named.has(o));
}
