import { parseWhQuestion, splitSubject } from '../../vectors/query/question-grammar';
import { BE_AUX, DO_AUX, HAVE_AUX, NAME_CONNECTORS, PREPOSITIONS, questionWords, bareWord, isVerbLike } from '../../vectors/query/word-classes';
import { QUESTION_STOP_WORDS } from '../answer/text/stop-words';
import { isParticiple, withS } from '../../vectors/query/verb-forms';
import { placeForms } from '../../vectors/lexical/demonyms';
import { isPartyNoun } from '../../vectors/lexical/party-nouns';
import { antecedentsOf } from './antecedents';
import { opensWithAttribute } from './attribute-nouns';
import { ORDINAL_BEFORE_ONE } from './follow-up-cues';

/**
 * Follow-ups that leave out what the conversation is about: "How many experts attended?" (attended what?),
 * "And for regional ones?" (regional what?), "Which ones became observers?".
 */

export const isPluralNoun = (word: string) => /^\p{Ll}[\p{Ll}-]*[^s's]s$/u.test(word) && !isVerbLike(word);
/** A lower-case content word that is no verb: a modifier ("regional") or a noun ("project"). */
export const isPlainWord = (word: string) => /^\p{Ll}[\p{Ll}-]+$/u.test(word) && !QUESTION_STOP_WORDS.has(word) && !PREPOSITIONS.has(word) && !isVerbLike(word);

/** "Who took part?", "How many countries participated?": what they took part in is left out, after "in". */
const TAKES_PART = /\b(?:t(?:ake|akes|ook|aking) part|participat(?:e|es|ed|ing))[?.!]*$/i;

/**
 * The noun phrase a "When/Where was X held?" or "What was X about?" question is about: the words between the
 * auxiliary and the closing participle or "about" ("the expert seminar on Migration and the Environment"); the
 * subject of "What/When … did the X <verb>?" when X is no kind of person or organisation; the name of "What is the
 * X?"; null for other shapes.
 */
function subjectPhrase(question: string): string | null {
  const words = questionWords(question);
  // "What did the Bangkok expert seminar discuss?", "When did the International Dialogue on Migration start?": the
  // subject of "what/when/… did the X <verb>?", when it is a thing, not people ("What did the experts recommend?" +
  // "Who attended?" attended no experts); and the name "What is the IDM?" asks about.
  const parsed = parseWhQuestion(question);
  const aux = parsed?.aux?.toLowerCase();
  if (parsed && aux !== undefined && parsed.whNoun.length === 0 && /^the$/i.test(parsed.rest[0] ?? '')) {
    if (DO_AUX.has(aux) && /^(?:what|when|where|why|how)$/i.test(parsed.wh[0])) {
      const sv = splitSubject(parsed.rest);
      const head = bareWord(sv?.subject.at(-1) ?? '');
      // Beyond "what", only a named thing: one takes part in the International Dialogue on Migration, not in "the
      // financial crisis" of "When did the financial crisis begin?".
      const named = /^what$/i.test(parsed.wh[0]) || (sv?.subject.slice(1).some((w) => /^\p{Lu}/u.test(w)) ?? false);
      if (sv && sv.tail.length === 0 && sv.subject.length > 1 && !isPartyNoun(head) && named) return sv.subject.join(' ');
    }
    if (BE_AUX.has(aux) && /^what$/i.test(parsed.wh[0]) && parsed.prefix.length === 0) {
      const named = parsed.rest.length > 1 && parsed.rest.slice(1).every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_CONNECTORS.has(bareWord(w)));
      // "What was the title of IOM's November 2003 IDM workshop on trade and migration?": the workshop, which one takes
      // part in, not its title.
      const thing = named ? parsed.rest : opensWithAttribute(parsed.rest) ? parsed.rest.slice(3) : null;
      if (thing) return thing.join(' ').replace(/[?.!]+$/, '');
    }
  }
  const auxAt = words.findIndex((w, i) => i > 0 && (BE_AUX.has(bareWord(w)) || HAVE_AUX.has(bareWord(w))));
  if (auxAt < 0 || auxAt + 2 >= words.length) return null;
  const last = words.length - 1;
  if (!(isParticiple(words[last]) || bareWord(words[last]) === 'about') || !/^(?:the|a|an|its|their)$/i.test(words[auxAt + 1])) return null;
  const subject = words.slice(auxAt + 1, last);
  return subject.some((w) => /^[\p{Lu}\d]/u.test(w) || !QUESTION_STOP_WORDS.has(bareWord(w))) ? subject.join(' ') : null;
}

/**
 * "How many experts attended?": a wh-question that ends on an active verb with nothing after it and
 * names nothing of its own (at most two content words, no capitalised name, no year). Its object is
 * the previous question's topic.
 */
function endsOnBareVerb(question: string): boolean {
  const words = questionWords(question);
  const parsed = parseWhQuestion(question);
  if (!parsed || words.length < 2 || words.slice(1).some((w) => /^[\p{Lu}\d]/u.test(w))) return false;
  // "took part" is one verb.
  const takesPart = TAKES_PART.test(question.trim());
  const last = words[words.length - 1];
  const before = bareWord(words[words.length - 2]);
  if (!takesPart && (!isVerbLike(last) || BE_AUX.has(before) || HAVE_AUX.has(before) || DO_AUX.has(bareWord(last)))) return false;
  const content = words.filter((w) => !QUESTION_STOP_WORDS.has(bareWord(w)) && !/^(?:what|which|who|how|many|much|part)$/i.test(w));
  return content.length <= 2;
}

/**
 * What a follow-up that ends on a bare verb leaves out ("How many experts attended?", "Who took part?"): the previous
 * question's subject phrase, after "in" for taking part ("in the Bangkok expert seminar"); null when either is missing.
 */
export function elidedObject(question: string, previous: string): string | null {
  if (!endsOnBareVerb(question)) return null;
  const subject = subjectPhrase(previous);
  if (!subject) return null;
  return TAKES_PART.test(question.trim()) ? `in ${subject}` : subject;
}

/**
 * Replaces "ones" with the noun it stands for in the previous question: "regional ones" takes the place
 * of "national projects" (the whole previous question comes back when nothing else is asked), "which
 * ones" becomes "which countries". Null when there is no "ones" or nothing to stand for.
 */
export function resolveOnes(body: string, previous: string): { text: string; replacesPrevious: boolean } | null {
  const words = questionWords(body);
  const at = words.findIndex((w) => bareWord(w) === 'ones');
  if (at < 0) return null;
  const prev = questionWords(previous);
  // "Regional ones?" opens the follow-up with a capital that "Andean ones?" keeps.
  const opening = (word: string) => (at - 1 === 0 && placeForms(word).length === 0 ? word.toLowerCase() : word);
  const modifier = at > 0 && isPlainWord(bareWord(words[at - 1])) ? opening(words[at - 1]) : null;
  if (modifier) {
    // "regional ones" after "national projects", or after "a national project" (the noun stays as the reader had it).
    const plural = prev.findIndex((w, i) => i > 0 && isPluralNoun(w) && isPlainWord(bareWord(prev[i - 1])));
    const head = plural > 0 ? plural : prev.findIndex((w, i) => i > 1 && isPlainWord(bareWord(w)) && isPlainWord(bareWord(prev[i - 1])) && /^(?:a|an|the)$/i.test(prev[i - 2]));
    if (head < 0) return null;
    const others = words.filter((w, i) => i !== at && i !== at - 1 && !QUESTION_STOP_WORDS.has(bareWord(w)) && !PREPOSITIONS.has(bareWord(w)));
    if (others.length === 0) {
      const swapped = [...prev.slice(0, head - 1), modifier, ...prev.slice(head)];
      return { text: `${swapped.join(' ')}?`, replacesPrevious: true };
    }
    // "How many regional ones were funded?" after "a national project": the noun as "ones" has it, plural.
    const noun = head === plural || /[^s]s$/.test(bareWord(prev[head])) ? prev[head] : withS(bareWord(prev[head]));
    return { text: [...words.slice(0, at), noun, ...words.slice(at + 1)].join(' '), replacesPrevious: false };
  }
  const counted = parseWhQuestion(previous)?.whNoun ?? [];
  // "Which ones does IOM lead?" after "Who co-chairs the GMG working groups with IOM?": the previous question's plural.
  const named = firstPluralPhrase(prev);
  const noun = counted.length > 0 && isPluralNoun(counted[counted.length - 1]) ? counted.join(' ') : named ? [...named.modifier, named.noun].join(' ') : null;
  if (!noun) return null;
  return { text: [...words.slice(0, at), noun, ...words.slice(at + 1)].join(' '), replacesPrevious: false };
}

const singular = (noun: string) => noun.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

/**
 * Replaces "one" after an ordinal ("the fourth one", "the first one") with what the previous question counted or
 * named: its plural noun in the singular, with its modifier ("ministerial meetings" → "ministerial meeting") or the
 * name before it ("Bali Process workshops" → "Bali Process workshop"), else
 * the name it is about ("the Global Forum on Migration and Development"). Null when there is no such "one".
 */
export function resolveOrdinalOne(body: string, previous: string): string | null {
  const words = questionWords(body);
  const at = words.findIndex((w, i) => i > 0 && bareWord(w) === 'one' && ORDINAL_BEFORE_ONE.test(bareWord(words[i - 1])));
  if (at < 0) return null;
  const plural = firstPluralPhrase(questionWords(previous));
  const name = antecedentsOf(previous, [], false).find((a) => a.kind === 'name' && !a.generic && !a.possessor)?.text;
  const noun = plural ? [...plural.modifier, singular(plural.noun)].join(' ') : name;
  if (!noun) return null;
  return [...words.slice(0, at), noun, ...words.slice(at + 1)].join(' ');
}

/**
 * The first plural noun of a question after its first word, with the name before it ("Bali Process workshops") or
 * else one modifier ("ministerial meetings"); null when there is none.
 */
export function firstPluralPhrase(prev: string[]): { modifier: string[]; noun: string } | null {
  const plural = prev.findIndex((w, i) => i > 0 && isPluralNoun(w) && !QUESTION_STOP_WORDS.has(bareWord(w)));
  if (plural <= 0) return null;
  let from = plural;
  while (from > 1 && /^\p{Lu}/u.test(prev[from - 1]) && !/['’]s$/.test(prev[from - 1])) from--;
  const modifier = from < plural ? prev.slice(from, plural) : isPlainWord(bareWord(prev[plural - 1])) ? [prev[plural - 1]] : [];
  return { modifier, noun: bareWord(prev[plural]) };
}

/**
 * Replaces "one" after a describing word ("the three-year one in Colombia", "the regional one") with the head
 * noun of what the previous question is about ("IOM's 2009–2013 project in Tunisia" → project). Null when there is
 * no such "one" or no topic to take the noun from.
 */
export function resolveModifiedOne(body: string, previous: string): string | null {
  const words = questionWords(body);
  const at = words.findIndex((w, i) => i > 1 && bareWord(w) === 'one' && !ORDINAL_BEFORE_ONE.test(bareWord(words[i - 1])) && isPlainWord(bareWord(words[i - 1])) && /^(?:the|a|an)$/i.test(words[i - 2]));
  if (at < 0) return null;
  const topic = antecedentsOf(previous, [], false).find((a) => a.topic && a.kind === 'phrase');
  const upTo = topic?.text.split(/\s+/).findIndex((w) => PREPOSITIONS.has(w.toLowerCase()));
  const head = topic ? topic.text.split(/\s+/).slice(0, upTo !== undefined && upTo > 0 ? upTo : undefined).at(-1) : undefined;
  if (!head || !/^\p{Ll}+$/u.test(head)) return null;
  return [...words.slice(0, at), singular(head), ...words.slice(at + 1)].join(' ');
}

/**
 * "And the first?", "And the second one?" after a question that names an ordinal ("When is the second IDM
 * intersessional workshop?", "What was the first of the two themes …?"): the same question with the ordinal swapped.
 * Null when the follow-up is no bare ordinal or the previous question names none.
 */
export function swapOrdinal(body: string, previous: string): string | null {
  const asked = /^(?:the\s+)?(\p{L}+)(?:\s+one)?[?.!]*$/iu.exec(body.trim())?.[1]?.toLowerCase();
  if (!asked || !ORDINAL_BEFORE_ONE.test(asked)) return null;
  const prev = questionWords(previous);
  // An ordinal that numbers a noun ("the second IDM workshop"), not "first open" or "last year".
  const at = prev.findIndex((w, i) => i > 0 && ORDINAL_BEFORE_ONE.test(bareWord(w)) && /^(?:the|its|their|\S+['’]s)$/i.test(prev[i - 1]));
  if (at < 0 || bareWord(prev[at]) === asked) return null;
  return [...prev.slice(0, at), asked, ...prev.slice(at + 1)].join(' ') + '?';
}
