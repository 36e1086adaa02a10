import { stem } from './porter-stemmer';
import { terms, words } from './tokenize';

/**
 * Endings Porter's stemmer leaves on ("attendees", "freely", "longest", "drivers"), each with what replaces it.
 * Tried in order on a question word that no report uses, to find the form the reports do use.
 */
const ENDINGS: [RegExp, string[]][] = [
  [/ees$/, ['', 'e']],
  [/ee$/, ['', 'e']],
  [/ily$/, ['y']],
  [/ly$/, ['', 'e']],
  [/iest$/, ['y']],
  [/est$/, ['', 'e']],
  [/iers?$/, ['y']],
  [/ers?$/, ['', 'e']],
  [/ness$/, ['']],
];

/** The stem of a form of `word` that `isKnown` accepts, or null when none of the endings leads to one. */
export function knownVariant(word: string, isKnown: (stem: string) => boolean): string | null {
  const w = word.toLowerCase();
  for (const [ending, replacements] of ENDINGS) {
    if (!ending.test(w)) continue;
    for (const replacement of replacements) {
      const base = w.replace(ending, replacement);
      if (base.length < 3) continue;
      const key = stem(base);
      if (isKnown(key)) return key;
    }
  }
  return null;
}

/** The query's distinct index terms, each term `isKnown` rejects replaced by a known variant when one exists. */
export function termsWithKnownVariants(query: string, isKnown: (term: string) => boolean): string[] {
  const out = new Set<string>();
  for (const word of words(query)) {
    const [term] = terms(word);
    if (term === undefined) continue;
    out.add(isKnown(term) || /^\d/.test(term) ? term : (knownVariant(word, isKnown) ?? term));
  }
  return [...out];
}
