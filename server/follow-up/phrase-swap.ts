import { bareWord, isVerbLike, PREPOSITIONS, questionWords } from '../../vectors/query/question-grammar';

/** The prepositions whose phrase a follow-up swaps: "And with UN DESA?", "And between Guatemala and Canada?". */
const SWAPPED = new Set(['with', 'between', 'for', 'from', 'by', 'among', 'under', 'through', 'against', 'about']);

/**
 * "Which GMG working group does IOM co-chair with UNDP?" + "And with UN DESA?": the same question with the phrase
 * after the same preposition replaced. Its extent in the previous question runs to the next preposition but "of" and
 * "and" (inside "Colombia and Spain"), or to the end. Null when the follow-up is not a bare prepositional phrase, has
 * a verb or an elided "one", or the previous question has no phrase after that preposition.
 */
export function swapPhrase(body: string, previous: string): string | null {
  const words = questionWords(body);
  const preposition = bareWord(words[0] ?? '');
  if (!SWAPPED.has(preposition) || words.length < 2) return null;
  const phrase = words.slice(1);
  if (phrase.some((w, i) => /^ones?$/.test(bareWord(w)) || (i > 0 && /^\p{Ll}/u.test(w) && isVerbLike(w)))) return null;
  const prev = questionWords(previous);
  const at = prev.map(bareWord).lastIndexOf(preposition);
  if (at < 1 || at === prev.length - 1) return null;
  let end = at + 1;
  while (end < prev.length && !(PREPOSITIONS.has(bareWord(prev[end])) && !/^(?:of|and)$/.test(bareWord(prev[end])))) end++;
  const tail = /[,;:]$/.test(prev[end - 1]) ? prev[end - 1].slice(-1) : '';
  return [...prev.slice(0, at + 1), ...phrase.map((w, i) => (i === phrase.length - 1 ? w + tail : w)), ...prev.slice(end)].join(' ') + '?';
}
