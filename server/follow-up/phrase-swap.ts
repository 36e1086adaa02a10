import { bareWord, isNameWord, isVerbLike, PREPOSITIONS, questionWords } from '../../vectors/query/word-classes';

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

/**
 * Prepositions that set where something is, whose common-noun phrase a follow-up swaps ("in the field" → "at
 * headquarters"), and "about", which sets the topic ("what is asked about migration research" → "about migration law").
 */
const SETTING = new Set(['in', 'at', 'on', 'about']);
/** "in" and "at" both say where; "on" ("spend on health") and "about" are relations of their own. */
const OWN_RELATION = new Set(['on', 'about']);
const sameRelation = (a: string, b: string) => a === b || (!OWN_RELATION.has(a) && !OWN_RELATION.has(b));

/**
 * "at headquarters", "in the field", "on the ground": a setting preposition, an optional article, then 1–3 lower-case
 * words that are no preposition, nor a verb after the first; where it ends, or -1.
 */
function settingPhraseEnd(words: readonly string[], at: number): number {
  if (!SETTING.has(bareWord(words[at] ?? ''))) return -1;
  let end = at + 1 + (/^(?:the|a|an)$/i.test(words[at + 1] ?? '') ? 1 : 0);
  const from = end;
  // A verb after the noun opens a clause ("the camps | run by IOM"); first, it is a modifier ("the host communities").
  const opensClause = (k: number) => k > from && isVerbLike(bareWord(words[k]));
  while (end < words.length && end < from + 3 && /^\p{Ll}[\p{Ll}-]*[?.!,;:]?$/u.test(words[end]) && !PREPOSITIONS.has(bareWord(words[end])) && !opensClause(end)) {
    end++;
    if (/[?.!,;:]$/.test(words[end - 1])) break;
  }
  return end > from ? end : -1;
}

/**
 * "How many of IOM's staff work in the field?" + "And at headquarters?": the same question with the setting phrase
 * that ends it replaced by the new one, when both say where ("in"/"at") or both use "on" or "about". Null when the follow-up is no
 * such phrase or the previous question does not end on one ("in the first half of 2009" does not: `swapPlace` and
 * `withYears` keep their own swaps).
 */
export function swapSetting(body: string, previous: string): string | null {
  const words = questionWords(body);
  if (settingPhraseEnd(words, 0) !== words.length) return null;
  const prev = questionWords(previous);
  for (let at = prev.length - 1; at > 0; at--) {
    const end = settingPhraseEnd(prev, at);
    if (end < 0) continue;
    if (end !== prev.length || !sameRelation(bareWord(prev[at]), bareWord(words[0]))) return null;
    const asked = words.map((w) => w.replace(/[?.!]+$/, ''));
    return [...prev.slice(0, at), ...asked].join(' ') + '?';
  }
  return null;
}

/**
 * "What does the report say about the MDGs?" + "What about remittances?": the same question about another topic, when
 * the previous question ends on "about <topic>" (a name or not, up to four words, no preposition in it: "about
 * remittances at the IDM" has more than a topic) and the new topic is not another of what the question is about ("What
 * about the second seminar?" after "What did the seminar recommend about …?" asks it of another seminar). Null otherwise.
 */
export function swapTopic(topic: string, previous: string): string | null {
  const prev = questionWords(previous);
  const bare = prev.map(bareWord);
  const at = bare.lastIndexOf('about');
  const old = bare.slice(at + 1);
  if (at < 1 || old.length === 0 || old.length > 4 || old.some((w) => PREPOSITIONS.has(w))) return null;
  const asked = questionWords(topic).map((w) => w.replace(/[?.!]+$/, ''));
  const head = bareWord(asked.at(-1) ?? '').replace(/s$/, '');
  if (head === '' || bare.slice(0, at).some((w) => w.replace(/s$/, '') === head)) return null;
  return [...prev.slice(0, at + 1), ...asked].join(' ') + '?';
}
