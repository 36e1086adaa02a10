import table from './synonyms.json';
import { terms } from './tokenize';

/**
 * Everyday words and the one-word synonyms of their common senses, from WordNet 3.1 (`scripts/generate-synonyms.ts`):
 * "ballot" → vote, voting. Kept as words, one line a word ("ballot vote voting"); searched as index terms (stems), so every form of a word finds them.
 */
const SYNONYMS: readonly string[] = table;

/** Index term → the index terms of its synonyms (either direction of a pair lands here, as WordNet lists both). */
const byTerm = new Map<string, Set<string>>();
for (const line of SYNONYMS) {
  const [word, ...synonyms] = line.split(' ');
  const [key] = terms(word);
  if (key === undefined) continue;
  const set = byTerm.get(key) ?? new Set<string>();
  for (const synonym of synonyms) {
    const [other] = terms(synonym);
    if (other !== undefined && other !== key) set.add(other);
  }
  byTerm.set(key, set);
}

/** The synonyms of an index term, as index terms (empty when WordNet has none). */
export function synonymTerms(term: string): ReadonlySet<string> {
  return byTerm.get(term) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Synonyms of the query's terms that some passage has (`isKnown`) and the query lacks, each to be searched at
 * `weight` of a query term's: a reader's "ballots" also finds the report's "voting", without outranking a passage
 * that uses the reader's own word.
 */
export function synonymExpansion(queryTerms: readonly string[], isKnown: (term: string) => boolean, weight: number): Map<string, number> {
  const asked = new Set(queryTerms);
  const out = new Map<string, number>();
  if (weight <= 0) return out;
  for (const term of queryTerms) {
    for (const synonym of synonymTerms(term)) if (!asked.has(synonym) && isKnown(synonym)) out.set(synonym, weight);
  }
  return out;
}
