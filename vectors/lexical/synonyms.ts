import { BASE_OF_IRREGULAR } from '../query/verb-forms';
import { phrasalVerbsIn } from './phrasal-verbs';
import table from './synonyms.json';
import { terms } from './tokenize';

/**
 * Everyday words and the one-word synonyms of their common senses, from WordNet 3.1 (`scripts/generate-synonyms.ts`),
 * one line a word ("ballot vote voting"). Searched as index terms (Porter stems), so every form of a word finds them;
 * words sharing a stem share its most tagged word's synonyms (the generator keeps one word per stem: "international",
 * not also "internal", "intern").
 */
const SYNONYMS: readonly string[] = table;

/** A reader's word's synonyms together weigh 0.4 of the word (measured on the dev split: vectors/README.md). */
export const SYNONYM_WEIGHT = 0.4;

/**
 * A synonym in more than this share of passages adds postings to walk and almost no score ("help", "place", "system"):
 * it is not searched.
 */
const MAX_SYNONYM_SHARE = 0.05;

let byTerm: Map<string, readonly string[]> | null = null;

/**
 * Index term → the index terms of its synonyms. Stemming the table's ~40,000 words takes about 200 ms, so
 * `openIndex` builds it while the server starts (`preloadSynonyms`) rather than the first question paying for it.
 */
function synonymTable(): Map<string, readonly string[]> {
  if (byTerm) return byTerm;
  byTerm = new Map();
  for (const line of SYNONYMS) {
    const [word, ...synonyms] = line.split(' ');
    const [key] = terms(word);
    if (key === undefined) continue;
    const others = new Set(synonyms.map((s) => terms(s)[0]).filter((t) => t !== undefined && t !== key));
    byTerm.set(key, [...others]);
  }
  return byTerm;
}

/** Builds the synonym table now (about 200 ms) instead of on the first lookup. */
export function preloadSynonyms(): void {
  synonymTable();
}

/** The synonyms of an index term, as index terms (empty when WordNet has none). */
export function synonymTerms(term: string): readonly string[] {
  return synonymTable().get(term) ?? [];
}

/** What the synonym search needs to know of the index. */
export type TermCounts = { has(term: string): boolean; documentFrequency(term: string): number; readonly size: number };

/**
 * The reader's own everyday words as index terms: not names (capitalised inside the question), not the verb of a
 * two-word verb ("set up" has its own table, `phrasal-verbs.ts`), irregular past forms as their base ("held" → hold).
 */
export function everydayTerms(question: string): string[] {
  const phrasal = new Set(phrasalVerbsIn(question).map((p) => p.verb));
  const out = new Set<string>();
  for (const match of question.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    const lower = word.toLowerCase();
    if ((match.index > 0 && /^\p{Lu}/u.test(word)) || phrasal.has(lower)) continue;
    const [term] = terms(BASE_OF_IRREGULAR.get(lower) ?? lower);
    if (term !== undefined) out.add(term);
  }
  return [...out];
}

/**
 * Index terms to search besides the question's (`asked`), with their weights: the synonyms of the reader's everyday
 * words that some passage has and few passages share, a word's synonyms sharing `weight` between them, so a word
 * with three synonyms does not outweigh the reader's own word. "How has IOM helped people cast ballots?" → vote 0.4.
 *
 * @example
 * questionSynonyms('How did IOM help voters cast ballots?', asked, bm25) // Map { 'vote' => 0.4, 'elector' => 0.4, … }
 */
export function questionSynonyms(question: string, asked: readonly string[], index: TermCounts, weight = SYNONYM_WEIGHT): Map<string, number> {
  const out = new Map<string, number>();
  if (!(weight > 0)) return out;
  const skip = new Set(asked);
  const maxDf = Math.max(1, MAX_SYNONYM_SHARE * index.size);
  for (const term of everydayTerms(question)) {
    const found = synonymTerms(term).filter((s) => !skip.has(s) && index.has(s) && index.documentFrequency(s) <= maxDf);
    for (const synonym of found) out.set(synonym, Math.max(out.get(synonym) ?? 0, weight / found.length));
  }
  return out;
}
