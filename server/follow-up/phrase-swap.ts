import { bareWord, isNameWord, questionWords } from '../../vectors/query/question-grammar';

/** The prepositions whose name a follow-up swaps: "And with UN DESA?", "And between Guatemala and Canada?". */
const SWAPPED = new Set(['with', 'between', 'for', 'from', 'by', 'among', 'under', 'through', 'against', 'about']);

/** Where the run of name words (joined by "and", "of", "the", "&") from `start` ends. */
function nameEnd(words: readonly string[], start: number): number {
  let end = start;
  while (end < words.length) {
    if (isNameWord(words[end]) && !/[,;:]$/.test(words[end - 1] ?? '')) end++;
    else if (end > start && /^(?:and|of|the|&)$/i.test(words[end]) && isNameWord(words[end + 1] ?? '')) end++;
    else break;
  }
  return end;
}

/**
 * "Which GMG working group does IOM co-chair with UNDP?" + "And with UN DESA?": the same question with the name after
 * the same preposition replaced by the new one. Names only: a common noun phrase ("for regional projects") is
 * `resolveOnes`'s, and a wh-word ("And from when?") is a fragment to graft. Null when either side is no name.
 */
export function swapPhrase(body: string, previous: string): string | null {
  const words = questionWords(body);
  const preposition = bareWord(words[0] ?? '');
  if (!SWAPPED.has(preposition) || words.length < 2 || nameEnd(words, 1) !== words.length) return null;
  const prev = questionWords(previous);
  const at = prev.map(bareWord).lastIndexOf(preposition);
  // "from the European Commission": the name after its article, which goes with it.
  const start = at > 0 && /^the$/i.test(prev[at + 1] ?? '') ? at + 2 : at + 1;
  const end = at > 0 ? nameEnd(prev, start) : -1;
  if (end <= start) return null;
  const comma = /[,;:]$/.test(prev[end - 1]) ? prev[end - 1].slice(-1) : '';
  const asked = words.slice(1);
  return [...prev.slice(0, at + 1), ...asked.slice(0, -1), asked.at(-1) + comma, ...prev.slice(end)].join(' ') + '?';
}
