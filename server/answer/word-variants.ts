import { knownVariant } from '../../vectors/lexical/word-variants';
import type { QuestionProfile } from './question-profile';
import type { TermStats } from './term-weights';

/** The key of a form of `word` the corpus uses, or null when there is none. */
export function corpusVariant(word: string, corpus: TermStats): string | null {
  return knownVariant(word, (key) => (corpus.df.get(key) ?? 0) > 0);
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
    countedThings: profile.countedThings.map(rename),
    names: profile.names.map((name) => name.map(rename)),
  };
}
