import { BE_AUX, DETERMINERS, NAME_CONNECTORS, PREPOSITIONS, SELDOM_NOUN_ENDINGS } from '../../vectors/query/word-classes';
import { clean, isName } from './antecedent';

/**
 * "… is IOM the global lead of the camp management cluster?": after be, a name followed by an article is the subject
 * and what it is said to be comes after it, a phrase of its own, not "IOM the global lead".
 */
export function predicateNoun(rest: string[], aux: string): string[] | null {
  if (!BE_AUX.has(aux)) return null;
  let k = 0;
  while (k < rest.length && (isName(clean(rest[k])) || (k > 0 && NAME_CONNECTORS.has(rest[k].toLowerCase()) && isName(clean(rest[k + 1] ?? ''))))) k++;
  return k > 0 && k < rest.length - 1 && /^(?:the|a|an)$/i.test(rest[k]) ? rest.slice(k) : null;
}

/** A lower-case adjective seldom a noun ("responsible", "available", "eligible"). */
const SELDOM_NOUN_ADJECTIVE = new RegExp(`^\\p{Ll}+(?:${SELDOM_NOUN_ENDINGS.join('|')})$`, 'u');
/** Nouns with those endings: "the 2009 roundtable", "the project timetable". */
const NOUNS_ENDING_SO = /^(?:roundtable|timetable|turntable|vegetable|constable|cable|table)$/;

/**
 * "What is IOM's Research and Publications Division responsible for?": after be, an adjective before a stranded
 * preposition is said of the subject, no part of it; the subject ends before it. The words as they are otherwise.
 */
export function withoutPredicateAdjective(rest: string[], aux: string): string[] {
  if (!BE_AUX.has(aux)) return rest;
  const stranded = rest.findIndex((w, k) => k >= 2 && PREPOSITIONS.has(clean(w).toLowerCase()) && (k === rest.length - 1 || /[,;:?]$/.test(w)));
  if (stranded < 0) return rest;
  const adjective = rest[stranded - 1];
  const isAdjective = SELDOM_NOUN_ADJECTIVE.test(adjective) && !NOUNS_ENDING_SO.test(adjective);
  return isAdjective && !DETERMINERS.has(rest[stranded - 2].toLowerCase()) ? rest.slice(0, stranded - 1) : rest;
}
