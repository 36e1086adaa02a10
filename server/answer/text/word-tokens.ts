import { stem } from '../../../vectors/lexical/porter-stemmer';
import { MONTHS, QUESTION_STOP_WORDS } from './stop-words';
import { BASE_OF_IRREGULAR } from '../../../vectors/query/verb-forms';
import { isYear } from '../../../vectors/query/year-pattern';

export type TokenKind = 'word' | 'number' | 'year';

export type WordToken = {
  /** Surface form as written ("IOM's", "270,000"). */
  text: string;
  /** Offsets in the tokenized string. */
  start: number;
  end: number;
  /** Lower case, possessive dropped; numbers without thousands separators. */
  norm: string;
  /** Matching key: Porter stem for words, `norm` for numbers and acronyms. */
  key: string;
  kind: TokenKind;
  capitalized: boolean;
  /** Two or more capitals, e.g. IOM, IDM, RCPs. */
  acronym: boolean;
  /** A function word; acronyms (WHO, IT) never are. */
  stop: boolean;
};

const TOKEN = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*|%/gu;
/** "percentage", "percent", "per cent" and "%" are one thing to match on. */
export const PERCENT_KEY = 'percent';
const stems = new Map<string, string>();

function stemCached(word: string): string {
  let out = stems.get(word);
  if (out === undefined) {
    out = stem(word);
    if (stems.size > 50_000) stems.clear();
    stems.set(word, out);
  }
  return out;
}

function numberNorm(raw: string): string {
  return /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw;
}

/** Word and number tokens with offsets. Hyphenated words are separate tokens ("capacity-building"). */
export function tokenize(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    if (/^\d/.test(raw)) {
      const norm = numberNorm(raw);
      const kind: TokenKind = isYear(raw) ? 'year' : 'number';
      out.push({ text: raw, start, end: start + raw.length, norm, key: norm, kind, capitalized: false, acronym: false, stop: false });
      continue;
    }
    if (raw === '%') {
      out.push({ text: raw, start, end: start + 1, norm: 'percent', key: PERCENT_KEY, kind: 'word', capitalized: false, acronym: false, stop: false });
      continue;
    }
    const bare = raw.replace(/['’]s$/i, '');
    const norm = bare.toLowerCase();
    const acronym = /^\p{Lu}{2,}[\p{Ll}]?$/u.test(bare) && bare.length <= 8;
    const capitalized = /^\p{Lu}/u.test(bare);
    const stop = !acronym && QUESTION_STOP_WORDS.has(norm);
    // "became" and "become", "held" and "hold" are one thing to match on.
    let key = acronym ? (/\p{Ll}$/u.test(bare) ? norm.slice(0, -1) : norm) : stemCached(BASE_OF_IRREGULAR.get(norm) ?? norm);
    if (norm === 'percent' || norm === 'percentage' || norm === 'percentages' || (norm === 'cent' && out.at(-1)?.norm === 'per')) key = PERCENT_KEY;
    out.push({ text: raw, start, end: start + raw.length, norm, key, kind: 'word', capitalized, acronym, stop });
  }
  return out;
}

/** How many words of `text` hold a letter (numbers, dashes and marks do not count). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Keys of the tokens that can carry a topic: no stop words, no single letters. */
export function contentKeys(tokens: readonly WordToken[]): Set<string> {
  const keys = new Set<string>();
  for (const token of tokens) {
    if (token.stop) continue;
    if (token.kind === 'word' && token.norm.length < 2) continue;
    keys.add(token.key);
  }
  return keys;
}

/** Two tokens with only a space between them, the second a word: still one phrase. */
export function isAdjacent(a: WordToken, b: WordToken): boolean {
  return b.start - a.end <= 1 && b.kind === 'word';
}

/** A month's name, capitalised as one ("May", not the verb "may"). */
export const isMonth = (t: WordToken | undefined) => t !== undefined && t.capitalized && MONTHS.has(t.norm);
