import { BASE_OF_IRREGULAR } from '../query/verb-forms';
import table from './phrasal-verbs.json';
import { stem } from './porter-stemmer';
import { words } from './tokenize';

/**
 * Two-word verbs and the one-word verbs of their common senses, from WordNet 3.1 (`scripts/generate-phrasal-verbs.ts`):
 * "set up" → establish, found, launch. Questions use them ("When was IOM set up?") where reports write the
 * one-word verb ("Established in 1951").
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = table;

/** Particle (or noun) → verb stem → the phrase's synonyms, so a question is scanned word by word. */
const byParticle = new Map<string, Map<string, readonly string[]>>();
for (const [phrase, synonyms] of Object.entries(SYNONYMS)) {
  const [verb, particle] = phrase.split(' ');
  const verbs = byParticle.get(particle) ?? new Map<string, readonly string[]>();
  verbs.set(stem(verb), synonyms);
  byParticle.set(particle, verbs);
}

/** Stem of a verb form, irregular pasts to their base ("brought" → bring, "took" → take). */
const verbStem = (word: string) => stem(BASE_OF_IRREGULAR.get(word) ?? word);

/**
 * Every two-word verb of the text, in any form of the verb ("was set up", "brought out", "carried out"), as the verb
 * word written there and the phrase's one-word synonyms: "When was IOM set up?" → [{ verb: "set", synonyms:
 * [establish, found, launch, …] }].
 */
export function phrasalVerbsIn(text: string): { verb: string; synonyms: readonly string[] }[] {
  const tokens = words(text);
  const out: { verb: string; synonyms: readonly string[] }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const synonyms = byParticle.get(tokens[i])?.get(verbStem(tokens[i - 1]));
    if (synonyms) out.push({ verb: tokens[i - 1], synonyms });
  }
  return out;
}

/**
 * The query followed by the synonyms of its two-word verbs that some report uses (`isKnown`):
 * "When was IOM set up?" → + establish found launch.
 */
export function expandPhrasalVerbs(query: string, isKnown: (word: string) => boolean): string {
  const additions = [...new Set(phrasalVerbsIn(query).flatMap((p) => p.synonyms))].filter(isKnown);
  return additions.length ? `${query} ${additions.join(' ')}` : query;
}
