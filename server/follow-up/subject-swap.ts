import { parseWhQuestion, splitSubject } from '../../vectors/query/question-grammar';
import { DO_AUX, MODALS, PREPOSITIONS, SUBJECT_PRONOUNS, WH_WORDS, lowerFirst, questionWords, bareWord } from '../../vectors/query/word-classes';

/** Words that cannot start a bare noun phrase: the fragment is a clause, a wh-phrase or a time phrase instead. */
const NOT_A_NOUN_PHRASE = new Set([...PREPOSITIONS, ...WH_WORDS, 'it', 'they', 'them', 'this', 'that', 'these', 'those', 'else', 'more', 'too']);
/** Words that point into the conversation rather than name a new subject ("the second one", "the others"). */
const POINTING = new Set(['one', 'ones', 'other', 'others', 'rest', 'same', 'former', 'latter', 'year', 'before', 'after', 'earlier', 'later']);

/**
 * "And the labour migrants?" after "What can host countries gain from circular migration?": the same question
 * asked of another subject, "What can the labour migrants gain from circular migration?". The body is a bare noun
 * phrase (no verb: the caller has checked) after "and" / "what about"; the previous question must open with a
 * wh-word and a do-auxiliary or modal whose subject the grammar can find. A name ("And UNHCR?") always stands for
 * the subject; a common noun stands for what "how many / which …" asks about when the question has such a noun
 * ("How many migrants did IOM train?" + "And refugees?"). Null when unsure, so the caller keeps "What about …".
 */
export function swapSubject(body: string, previous: string): string | null {
  const fragment = questionWords(body).map((w) => w.replace(/[,;:]+$/, ''));
  if (fragment.length === 0 || fragment.length > 6 || NOT_A_NOUN_PHRASE.has(bareWord(fragment[0]))) return null;
  if (fragment.some((w) => /\d/.test(w) || POINTING.has(bareWord(w)))) return null;
  // "Under the proposed 2008 IDM theme, what can host countries gain …?": the lead-in before the wh-clause stays.
  const leadIn = /^(.*?,\s+)(?=(?:what|which|who|how|when|where|why)\b)/i.exec(previous)?.[1] ?? '';
  const parsed = parseWhQuestion(previous.slice(leadIn.length));
  if (!parsed?.aux || !(DO_AUX.has(parsed.aux.toLowerCase()) || MODALS.has(parsed.aux.toLowerCase()))) return null;
  const sv = splitSubject(parsed.rest) ?? verbBeforePreposition(parsed.rest);
  if (!sv || SUBJECT_PRONOUNS.has(sv.subject.join(' ').toLowerCase())) return null;
  const isName = /^\p{Lu}/u.test(fragment[0]) && fragment[0].toLowerCase() !== 'the';
  const phrase = isName ? fragment : [lowerFirst(fragment[0]), ...fragment.slice(1)];
  const head = [...parsed.prefix, ...parsed.wh];
  if (!isName && parsed.whNoun.length > 0) {
    // "How many migrants …" + "And refugees?": the asked-about noun changes ("the" dropped after the wh-word).
    const noun = phrase[0].toLowerCase() === 'the' ? phrase.slice(1) : phrase;
    return leadIn + [...head.slice(0, head.length - parsed.whNoun.length), ...noun, parsed.aux, ...parsed.rest].join(' ') + '?';
  }
  return leadIn + [...head, parsed.aux, ...phrase, sv.verb, ...sv.tail].join(' ') + '?';
}

/** "host countries gain from …": after a do-auxiliary or modal, the bare verb is the word before the first preposition. */
function verbBeforePreposition(rest: string[]): { subject: string[]; verb: string; tail: string[] } | null {
  const at = rest.findIndex((w, k) => k >= 2 && PREPOSITIONS.has(w.toLowerCase()));
  return at > 0 && /^\p{Ll}+$/u.test(rest[at - 1]) ? { subject: rest.slice(0, at - 1), verb: rest[at - 1], tail: rest.slice(at) } : null;
}
