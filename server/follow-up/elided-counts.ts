import { parseWhQuestion } from '../../vectors/query/question-grammar';
import { bareWord, questionWords } from '../../vectors/query/word-classes';
import { YEAR, yearsNamed } from '../../vectors/query/year-pattern';
import { QUESTION_STOP_WORDS } from '../answer/text/stop-words';
import { antecedentsOf } from './antecedents';
import { firstPluralPhrase, isPlainWord, isPluralNoun } from './elided-phrases';
import { withYears } from './time-phrases';

/**
 * Counts that leave out their noun: "How many were new?" (of what was counted), "How many in 2008?" (the same count
 * again), "How many did it assist?" (what the conversation is about).
 */

/** "How many did it assist …?", "How many has IOM resettled?": a count whose noun is left out, before its verb's auxiliary. */
const COUNT_BEFORE_AUX = /^(how many) (?=(?:do|does|did|has|have|had|will|would|can|could)\b)/i;

/**
 * Gives a count the noun it left out: what the previous question counted ("How many did it assist in 2008?" after "How
 * many victims of trafficking did IOM assist in 2009?"), else its first plural noun with its "of" phrase ("What does IOM
 * do for victims of trafficking?" → "How many victims of trafficking did it assist in 2009?"). Null when the follow-up
 * names what it counts, or the previous question has nothing to count.
 */
export function resolveCountedNoun(body: string, previous: string): string | null {
  const count = COUNT_BEFORE_AUX.exec(body.trim());
  if (!count) return null;
  const counted = parseWhQuestion(previous);
  const countedNoun = counted && counted.wh.slice(0, 2).map((w) => w.toLowerCase()).join(' ') === 'how many' ? counted.whNoun : [];
  // "How many of the trafficked persons were children?" counted a part: what it was a part of is no noun to count.
  if (countedNoun[0]?.toLowerCase() === 'of') return null;
  const noun = countedNoun.length > 0 ? countedNoun.join(' ') : pluralWithOf(questionWords(previous));
  // The noun is already in the follow-up ("How many did the training programmes train?"), or a plural pronoun may
  // stand for it ("How many did they train?"): it is the subject, not what is counted.
  if (!noun || body.toLowerCase().includes(noun.split(' ').at(-1)!.toLowerCase()) || /\b(?:they|them|their)\b/i.test(body)) return null;
  return `${count[1]} ${noun} ${body.trim().slice(count[0].length)}`;
}

/**
 * The one plural noun of a question, with its modifier and its "of" phrase ("victims of trafficking"); null when there
 * is none, or more than one to choose from ("What services does IOM offer to migrants?").
 */
function pluralWithOf(prev: string[]): string | null {
  const plurals = prev.filter((w, i) => i > 0 && isPluralNoun(w) && !QUESTION_STOP_WORDS.has(bareWord(w)));
  const plural = plurals.length === 1 ? firstPluralPhrase(prev) : null;
  if (!plural) return null;
  const at = prev.findIndex((w, i) => i > 0 && bareWord(w) === plural.noun);
  const of = bareWord(prev[at + 1] ?? '') === 'of' && isPlainWord(bareWord(prev[at + 2] ?? '')) ? ['of', bareWord(prev[at + 2])] : [];
  return [...plural.modifier, plural.noun, ...of].join(' ');
}

/** "How many were new?", "How many were in Africa?": a count without its noun, of a part of what was counted. */
const COUNT_WITHOUT_NOUN = /^how many (?=(?:were|are)\b)/i;
/** "How many were there in 2007?", "How many in 2008?", "Roughly how many in 2008?": the same count for another year. */
const COUNT_AGAIN = new RegExp(String.raw`^(?:(?:roughly|approximately|about) )?how many (?:(?:were|are) there )?(?:in |during )?(${YEAR})\s*[?.!]*$`, 'i');
/** A year asked about with its preposition ("in 2009"), not one that ends a title ("the World Migration Report 2008"). */
const ASKED_YEAR = new RegExp(String.raw`\b(?:in|during|for|by) ${YEAR}\b`, 'i');

/**
 * A count without its noun after a "how many" question: "How many were there in 2007?" asks it again for 2007, in
 * place of the year the previous question asked for ("in 2009") or added to a question that named none, but never in
 * place of a title's year ("the World Migration Report 2008"); "How many were new?"
 * after "How many projects did IOM run in 2009?" → "How many of the projects IOM ran in 2009 were new?", what it
 * counted described by the rest of it. Null otherwise, or when the count has no description to give.
 */
export function resolveCount(body: string, previous: string): string | null {
  const asked = body.trim();
  const counted = parseWhQuestion(previous);
  if (!counted || counted.wh.slice(0, 2).map((w) => w.toLowerCase()).join(' ') !== 'how many' || counted.whNoun.length === 0) return null;
  const again = COUNT_AGAIN.exec(asked);
  // A year the previous question asked about is swapped; with none, the year is added; a title's year stays.
  if (again) return ASKED_YEAR.test(previous) || yearsNamed(previous).length === 0 ? withYears(previous, again[1]) : null;
  const count = COUNT_WITHOUT_NOUN.exec(asked);
  if (!count || yearsNamed(asked).length > 0 || /^how many (?:were|are) there\b/i.test(asked)) return null;
  const whole = antecedentsOf(previous, [], true).find((a) => a.described);
  return whole ? `How many of the ${whole.described} ${asked.slice(count[0].length)}` : null;
}
