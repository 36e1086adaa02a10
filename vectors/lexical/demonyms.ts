import table from './demonyms.json';
import otherNames from './place-names.json';

/**
 * Place adjectives and the places they name, from WordNet 3.1 (`scripts/generate-place-tables.ts`): "Italian" → Italy,
 * "Dutch" → Netherlands, "Chinese" → China. A question about "the Dutch foreign ministry" can then match "the Ministry
 * of Foreign Affairs, the Netherlands", and one about Italy "the Italian Government".
 */
const PLACES_OF: Readonly<Record<string, readonly string[]>> = table;

/** Compass points name regions as nouns and adjectives ("the Middle East" ↔ "Middle Eastern countries"); WordNet lacks the pairs. */
const COMPASS: Readonly<Record<string, readonly string[]>> = { Eastern: ['East'], Western: ['West'], Northern: ['North'], Southern: ['South'] };

/** A one-word place name to the other names of its place, from WordNet 3.1: "Burma" → Myanmar, "Britain" → United Kingdom. */
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = otherNames;

const lower = new Map<string, string[]>();
for (const [adjective, places] of [...Object.entries(PLACES_OF), ...Object.entries(COMPASS)]) {
  const key = adjective.toLowerCase();
  lower.set(key, [...(lower.get(key) ?? []), ...places]);
  for (const place of places) lower.set(place.toLowerCase(), [...(lower.get(place.toLowerCase()) ?? []), adjective]);
}

/** A place word's other forms, either direction; a plural people noun as its adjective ("Italians"). */
function formsOf(word: string): readonly string[] {
  const key = word.toLowerCase();
  return lower.get(key) ?? (key.endsWith('s') ? (lower.get(key.slice(0, -1)) ?? []) : []);
}

/** Each name of `OTHER_NAMES` with its forms and its other names, merged once. */
const withOtherNames = new Map<string, readonly string[]>(
  Object.entries(OTHER_NAMES)
    .filter(([, others]) => others.length > 0)
    .map(([name, others]) => [name, [...formsOf(name), ...others]]),
);

/**
 * The other forms of a place word, in either direction ("italian" → ["Italy"], "italy" → ["Italian"]), and, for a
 * name as written, the other names of its place ("Burma" → ["Myanmar", …]); plural people nouns count as their
 * adjective ("Italians"). Empty for any other word.
 */
export function placeForms(word: string): readonly string[] {
  // A place's other names only for the name as written ("US", not "us").
  return withOtherNames.get(word) ?? formsOf(word);
}

/**
 * The query with each place word no report uses followed by its other forms that some report does (`isKnown`):
 * "the Dutch ministry" → + Netherlands. A place word the reports use is searched as it is.
 */
export function expandPlaceForms(query: string, isKnown: (text: string) => boolean): string {
  const additions: string[] = [];
  for (const [word] of query.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
    if (isKnown(word)) continue;
    for (const form of placeForms(word)) if (isKnown(form) && !additions.includes(form)) additions.push(form);
  }
  return additions.length ? `${query} ${additions.join(' ')}` : query;
}
