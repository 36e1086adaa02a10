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

/** Prepositions that set where something is, whose common-noun phrase a follow-up swaps ("in the field" → "at headquarters"). */
const SETTING = new Set(['in', 'at', 'on', 'within', 'outside', 'inside']);

/** "at headquarters", "in the field", "on the ground": a setting preposition, an optional article, 1–3 lower-case words. */
function settingPhraseEnd(words: readonly string[], at: number): number {
  if (!SETTING.has(bareWord(words[at] ?? ''))) return -1;
  let end = at + 1 + (/^(?:the|a|an)$/i.test(words[at + 1] ?? '') ? 1 : 0);
  const from = end;
  while (end < words.length && end < from + 3 && /^\p{Ll}[\p{Ll}-]*[?.!,;:]?$/u.test(words[end]) && !SETTING.has(bareWord(words[end]))) end++;
  return end > from ? end : -1;
}

/**
 * "How many of IOM's staff work in the field?" + "And at headquarters?": the same question with its last setting
 * phrase of common nouns replaced by the new one. Null when the follow-up is no such phrase or the previous question
 * has none (a place name is `swapPlace`'s, a year `withYears`').
 */
export function swapSetting(body: string, previous: string): string | null {
  const words = questionWords(body);
  if (settingPhraseEnd(words, 0) !== words.length) return null;
  const prev = questionWords(previous);
  for (let at = prev.length - 1; at > 0; at--) {
    const end = settingPhraseEnd(prev, at);
    if (end < 0) continue;
    const closing = /[?.!,;:]+$/.exec(prev[end - 1])?.[0].replace(/[?.!]/g, '') ?? '';
    const asked = words.map((w) => w.replace(/[?.!]+$/, ''));
    return [...prev.slice(0, at), ...asked.slice(0, -1), asked.at(-1) + closing, ...prev.slice(end)].join(' ').replace(/[?.!]*$/, '?');
  }
  return null;
}
