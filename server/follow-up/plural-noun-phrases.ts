import { isVerbLike, PREPOSITIONS } from '../../vectors/query/word-classes';
import { clean, DETERMINERS, isContentWord, isPlural, phrase, type Antecedent } from './antecedent';

/** Runs of lower-case words that end on a plural noun ("irregular migrants"), after a determiner or a preposition. */
export function pluralNounPhrases(words: string[]): Antecedent[] {
  const out: Antecedent[] = [];
  for (let end = 1; end < words.length; end++) {
    const head = clean(words[end]);
    if (!/^\p{Ll}+$/u.test(head) || !isPlural(head) || !isContentWord(head)) continue;
    let start = end;
    while (start > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(clean(words[start - 1])) && isContentWord(clean(words[start - 1])) && !PREPOSITIONS.has(clean(words[start - 1])) && !isVerbLike(words[start - 1])) start--;
    const before = clean(words[start - 1] ?? '').toLowerCase();
    if (!PREPOSITIONS.has(before) && !DETERMINERS.has(before)) continue;
    const found = phrase(words.slice(start, end + 1), 'phrase');
    if (found) out.push({ ...found, plural: true });
  }
  return out;
}
