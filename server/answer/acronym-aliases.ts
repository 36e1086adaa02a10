import type { Passage } from '../../ingest/types';
import { extractAcronyms } from '../../vectors/lexical/acronyms';
import { placeForms } from '../../vectors/lexical/demonyms';
import { initialisms, type InitialismTable } from '../../vectors/lexical/initialisms';
import { phrasalVerbsIn } from '../../vectors/lexical/phrasal-verbs';
import { synonymTerms } from '../../vectors/lexical/synonyms';
import type { PassageContext } from './candidates';
import type { TermStats } from './term-weights';
import type { QuestionProfile } from './question-profile';
import { contentKeys, PERCENT_KEY, tokenize } from './text/word-tokens';

/** An acronym and the keys of its long form ("idm" ↔ intern dialogu migrat). */
export type Alias = { acronym: string; long: string[] };

/** The acronyms a passage defines ("IDM" → "International Dialogue on Migration") as keys; read once per passage. */
export function aliasKeys(definitions: ReadonlyMap<string, string>): Alias[] {
  const out: Alias[] = [];
  for (const [acronym, long] of definitions) {
    const acronymKey = tokenize(acronym)[0]?.key;
    const longKeys = [...contentKeys(tokenize(long))];
    if (acronymKey && longKeys.length > 0) out.push({ acronym: acronymKey, long: longKeys });
  }
  return out;
}

/** Acronyms of the question defined in the passages, so "IDM" matches "International Dialogue on Migration" and back. */
export function aliasesFor(profile: QuestionProfile, contexts: PassageContext[]): Alias[] {
  const asked = new Set(profile.terms.map((t) => t.key));
  const out: Alias[] = [];
  const seen = new Set<string>();
  for (const context of contexts) {
    for (const alias of context.aliases) {
      if (seen.has(alias.acronym)) continue;
      if (asked.has(alias.acronym) || alias.long.every((k) => asked.has(k))) {
        out.push(alias);
        seen.add(alias.acronym);
      }
    }
  }
  return out;
}

/** The keys plus the other form of every alias they contain. */
export function widen(keys: ReadonlySet<string>, aliases: Alias[]): ReadonlySet<string> {
  if (aliases.length === 0) return keys;
  const out = new Set(keys);
  for (const alias of aliases) {
    if (keys.has(alias.acronym)) alias.long.forEach((k) => out.add(k));
    else if (alias.long.every((k) => keys.has(k))) out.add(alias.acronym);
  }
  return out;
}

const definitionCache = new WeakMap<readonly Passage[], { capitalised: Alias[]; initials: Alias[] }>();

/**
 * Acronyms of the question that some report defines, though not the retrieved passages: a passage may write out
 * "Organisation for Security and Co-operation in Europe" where only another report says "(OSCE)". The other way
 * round, a question that spells out a long form in lower case ("assisted voluntary return and reintegration")
 * matches the acronym a report defines for it ("AVRR"). Read from the whole corpus once per passage list.
 */
export function corpusDefinedAliases(profile: QuestionProfile, passages: readonly Passage[]): Alias[] {
  let all = definitionCache.get(passages);
  if (!all) {
    const texts = passages.map((p) => p.text);
    all = { capitalised: aliasKeys(extractAcronyms(texts, 'capitalised-head')), initials: aliasKeys(extractAcronyms(texts, 'initials')) };
    definitionCache.set(passages, all);
  }
  const asked = new Set(profile.terms.map((t) => t.key));
  const spelledOut = (alias: Alias) => alias.long.length > 1 && alias.long.every((k) => asked.has(k));
  return [...all.capitalised.filter((alias) => asked.has(alias.acronym) || spelledOut(alias)), ...all.initials.filter(spelledOut)];
}

const initialismCache = new WeakMap<readonly Passage[], InitialismTable>();

/**
 * Acronyms of the question that no report uses but whose initials spell a name the reports do ("UK" → United
 * Kingdom, "MPI" → Migration Policy Institute), read from the whole corpus once per passage list.
 */
export function spelledOutAliases(profile: QuestionProfile, passages: readonly Passage[], corpus: TermStats): Alias[] {
  const bare = (surface: string) => surface.replace(/['’]s$/, '');
  const unknown = profile.terms.filter((t) => t.kind === 'word' && /^[A-Z]{2,6}$/.test(bare(t.surface)) && (corpus.df.get(t.key) ?? 0) === 0);
  if (unknown.length === 0) return [];
  let table = initialismCache.get(passages);
  if (!table) initialismCache.set(passages, (table = initialisms(passages.map((p) => p.text))));
  const out: Alias[] = [];
  for (const term of unknown) {
    const long = table.get(bare(term.surface));
    const longKeys = long ? [...contentKeys(tokenize(long))] : [];
    if (longKeys.length > 0) out.push({ acronym: term.key, long: longKeys });
  }
  return out;
}

/** Place words of the question in their other form ("Dutch" ↔ Netherlands, "Italy" ↔ Italian), `vectors/lexical/demonyms.ts`. */
export function placeAliases(profile: QuestionProfile): Alias[] {
  const out: Alias[] = [];
  for (const term of profile.terms) {
    if (term.kind !== 'word') continue;
    for (const form of placeForms(term.surface.replace(/['’]s$/, ''))) {
      const long = [...contentKeys(tokenize(form))];
      if (long.length > 0) out.push({ acronym: term.key, long });
    }
  }
  return out;
}

/**
 * The question's two-word verbs in the one-word form some report uses ("set up" ↔ established, "take part" ↔
 * participate), `vectors/lexical/phrasal-verbs.ts`: the verb's key stands for the phrase.
 */
export function phrasalAliases(profile: QuestionProfile, corpus: TermStats): Alias[] {
  const out: Alias[] = [];
  for (const { verb, synonyms } of phrasalVerbsIn(profile.question)) {
    const verbKey = [...contentKeys(tokenize(verb))][0];
    if (!verbKey || !profile.terms.some((t) => t.key === verbKey)) continue;
    for (const synonym of synonyms) {
      const key = [...contentKeys(tokenize(synonym))][0];
      if (key && key !== verbKey && (corpus.df.get(key) ?? 0) > 0) out.push({ acronym: verbKey, long: [key] });
    }
  }
  return out;
}

const ASKED_SHARE = /\bwhat (?:(?:is|was|are|were) the )?(share|proportion|portion|fraction)s? of\b/i;

/** "What share of IOM's staff …?" asks for a percentage: "per cent" in a passage counts as the share. */
export function shareAliases(profile: QuestionProfile): Alias[] {
  const word = ASKED_SHARE.exec(profile.question)?.[1];
  const key = word ? [...contentKeys(tokenize(word))][0] : undefined;
  return key && key !== PERCENT_KEY ? [{ acronym: key, long: [PERCENT_KEY] }] : [];
}

/**
 * The question's everyday words in the synonyms some report uses ("ballots" ↔ voting), `vectors/lexical/synonyms.ts`,
 * the same table lexical search widens with. Names are left alone: "Union" in a name is no "labor union".
 */
export function synonymAliases(profile: QuestionProfile, corpus: TermStats): Alias[] {
  const out: Alias[] = [];
  for (const term of profile.terms) {
    if (term.kind !== 'word' || term.entity) continue;
    for (const synonym of synonymTerms(term.key)) {
      if ((corpus.df.get(synonym) ?? 0) > 0) out.push({ acronym: term.key, long: [synonym] });
    }
  }
  return out;
}
