import { stem } from '../../vectors/lexical/porter-stemmer';
import type { QuestionProfile } from './question-profile';
import type { TermStats } from './term-weights';

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

/** The key of a form of `word` the corpus uses, or null when none of the endings leads to one. */
export function corpusVariant(word: string, corpus: TermStats): string | null {
  const w = word.toLowerCase();
  for (const [ending, replacements] of ENDINGS) {
    if (!ending.test(w)) continue;
    for (const replacement of replacements) {
      const base = w.replace(ending, replacement);
      if (base.length < 3) continue;
      const key = stem(base);
      if ((corpus.df.get(key) ?? 0) > 0) return key;
    }
  }
  return null;
}

/**
 * The profile with each word no report uses replaced by a form the reports use ("attendees" → attend), so a
 * derivation the stemmer misses counts as the same word. Names are left alone: an unknown name is news.
 */
export function withCorpusVariants(profile: QuestionProfile, corpus: TermStats): QuestionProfile {
  const renamed = new Map<string, string>();
  for (const term of profile.terms) {
    if (term.kind !== 'word' || term.entity || (corpus.df.get(term.key) ?? 0) > 0) continue;
    const variant = corpusVariant(term.surface, corpus);
    if (variant && !profile.terms.some((t) => t.key === variant)) renamed.set(term.key, variant);
  }
  if (renamed.size === 0) return profile;
  const rename = (key: string) => renamed.get(key) ?? key;
  return {
    ...profile,
    terms: profile.terms.map((t) => ({ ...t, key: rename(t.key) })),
    definitionKeys: profile.definitionKeys.map(rename),
    countedKeys: profile.countedKeys.map(rename),
    names: profile.names.map((name) => name.map(rename)),
  };
}
