import table from './party-nouns.json';

/** Nouns whose common sense is a kind of person or organisation, from WordNet 3.1 (`scripts/generate-party-nouns.ts`). */
const PARTIES: ReadonlySet<string> = new Set(table as string[]);

/**
 * Whether a lower-case word is the plural of a kind of person or organisation: "recruiters", "banks", "authorities".
 * Plural only: a singular is as often an adjective ("academic", "official", "private").
 */
export function isPartyPlural(word: string): boolean {
  if (!word.endsWith('s')) return false;
  return PARTIES.has(word.slice(0, -1)) || (word.endsWith('es') && PARTIES.has(word.slice(0, -2))) || (word.endsWith('ies') && PARTIES.has(`${word.slice(0, -3)}y`));
}

/** Whether a lower-case word, singular or plural, names a kind of person or organisation: "expert", "participants". */
export const isPartyNoun = (word: string) => PARTIES.has(word) || isPartyPlural(word);
