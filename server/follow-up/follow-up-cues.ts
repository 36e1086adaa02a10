import { ADJECTIVE_BY_ENDING, AUXILIARIES, bareWord, BE_FORMS, DEMONSTRATIVES, DETERMINERS, isVerbLike, KIND_NOUNS, PREPOSITIONS, questionWords, WH_WORDS } from '../../vectors/query/word-classes';
import { COMMON_VERBS } from '../../vectors/query/common-verbs';
import { ORDINAL_WORDS } from '../../vectors/lexical/number-words';
import { QUESTION_STOP_WORDS } from '../answer/text/stop-words';
import { IMPERATIVE } from './requests';
import { YEAR } from '../../vectors/query/year-pattern';
import { topicPrompt } from '../../vectors/query/topic-prompt';

/** A pronoun (or demonstrative) that points back to something said before. */
export type Anaphor = {
  /** Word index in `body`. */
  index: number;
  word: string;
  plural: boolean;
  possessive: boolean;
  /** "this seminar": the demonstrative's noun. */
  noun?: string;
  /** Where that noun is when a pointing adjective sits between ("the resulting publication"); else index + 1. */
  nounAt?: number;
};

/** What marks a question as a follow-up, and its parts. */
export type FollowUpCues = {
  /** "and …" (stripped), "what about …" (kept as `aboutPrefix`), or a leading preposition ("In how many …"). */
  connector: 'and' | 'about' | 'preposition' | null;
  /** The words "What about" / "How about" as the user wrote them. */
  aboutPrefix: string | null;
  /** The question without its leading "and" or "what about". */
  body: string;
  anaphora: Anaphor[];
  contentWords: number;
  hasVerb: boolean;
  /** Opens on a request's verb ("Name them", "Describe it"). */
  imperative: boolean;
  /** The body is only a year or years ("in 2008", "2008 and 2009"): their expression. */
  yearsOnly: string | null;
  /** The body is a wh-phrase without a verb ("In how many countries", "Why", "Which ones"). */
  whFragment: boolean;
  /** Needs the conversation to be understood. */
  dependent: boolean;
};

const AND = /^(?:and|also|but|so|then|plus|ok(?:ay)?|now)\b[,\s]+/i;
const YEARS_ONLY = new RegExp(
  String.raw`^(?:(?:back\s+)?(?:in|for|during|of|from|since|by|as\s+of|as\s+at)\s+)?(?:the\s+)?(?:year\s+)?(${YEAR}(?:\s*(?:and|or|to|through|-|–)\s*${YEAR})?)\s*[?.!]*$`,
  'i',
);
const SINGULAR = new Set(['it', 'its', 'this', 'that', 'he', 'she', 'his', 'her', 'him']);
const PLURAL = new Set(['they', 'their', 'them', 'these', 'those']);
/** "the resulting publication", "the same seminar", "that same list": "the" or a demonstrative with one of these points back like "this". */
const POINTING_ADJECTIVES = new Set(['resulting', 'same', 'said', 'aforementioned', 'abovementioned', 'above-mentioned', 'latter', 'former']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);
const TIME_NOUNS = new Set(['year', 'years', 'time', 'period', 'month', 'week', 'session']);
/** Words after which "that" is a pronoun, not a relative ("about that", "did that …"). */
const THAT_AS_PRONOUN_AFTER = new Set([...PREPOSITIONS, 'did', 'does', 'do', 'is', 'was', 'are', 'were', 'and', 'what', 'how', 'why', 'when', 'where']);

/**
 * "makes it harder to …", "is it possible for …", "found it much easier to …": an "it" after such a verb, before an
 * adjective and a clause, only holds the place of that clause (extraposition) and points at nothing in the
 * conversation ("Were it easier to …" too). "Does it refer to migrants?" is an ordinary "it".
 */
const EXTRAPOSING_VERBS = new Set([...BE_FORMS, 'make', 'makes', 'made', 'making', 'find', 'finds', 'found', 'consider', 'considers', 'considered', 'keep', 'keeps', 'kept']);
const EXTRAPOSED_ADVERBS = new Set(['much', 'even', 'far', 'very', 'so', 'too', 'still', 'increasingly', 'more', 'less', 'most', 'least']);
const EXTRAPOSED_ADJECTIVES = new Set([
  ...['hard', 'harder', 'easy', 'easier', 'difficult', 'possible', 'impossible', 'necessary', 'important', 'essential', 'vital', 'crucial'],
  ...['likely', 'unlikely', 'clear', 'worth', 'worthwhile', 'useful', 'feasible', 'common', 'rare', 'costly', 'expensive', 'cheaper', 'challenging'],
  ...['better', 'worse', 'simpler', 'safer', 'faster', 'quicker', 'urgent', 'appropriate', 'advisable', 'desirable', 'legal', 'illegal'],
]);
const EXTRAPOSED_CLAUSE = new Set(['to', 'that', 'for', 'whether']);

function extraposedIt(words: string[], index: number): boolean {
  if (index === 0 || !EXTRAPOSING_VERBS.has(bareWord(words[index - 1]))) return false;
  let at = index + 1;
  if (words[at] !== undefined && EXTRAPOSED_ADVERBS.has(bareWord(words[at]))) at++;
  if (words[at] === undefined || !EXTRAPOSED_ADJECTIVES.has(bareWord(words[at]))) return false;
  return words[at + 1] !== undefined && EXTRAPOSED_CLAUSE.has(bareWord(words[at + 1]));
}

/** A word that can be the noun after "this" or "the same": lower-case, no verb, stop word or preposition. */
function isNounWord(raw: string | undefined): boolean {
  if (raw === undefined || !/^\p{Ll}/u.test(raw)) return false;
  const word = bareWord(raw);
  return !isVerbLike(word) && !QUESTION_STOP_WORDS.has(word) && !PREPOSITIONS.has(word);
}

/**
 * Where the noun after a demonstrative ends, at its head: "those visa centres" → "centres", "that training" →
 * "training"; `from - 1` when none follows. The last word of the question is a predicate after a noun ("that
 * initiative | successful"), and an -ing word is a noun only right after the demonstrative and before no noun
 * ("that training", "that meeting held"; not "this helping migrants").
 */
function demonstratedNounEnd(words: string[], from: number): number {
  const last = words.length - 1;
  const ingNoun = (k: number) => k === from && /^\p{Ll}{3,}ing$/u.test(words[k] ?? '') && !QUESTION_STOP_WORDS.has(bareWord(words[k])) && !isNounWord(words[k + 1]);
  // "from that work", "on this support": after a preposition the word after the demonstrative is its noun, though it may be a verb.
  const afterPreposition = from > 1 && PREPOSITIONS.has(bareWord(words[from - 2]));
  // Not an inflected verb: "after that took place", "since this came into force".
  const baseOrPlural = (word: string) => !isVerbLike(word) || COMMON_VERBS.has(word) || /[^s]s$/.test(word);
  const verbNoun = (k: number) => {
    const word = bareWord(words[k] ?? '');
    return k === from && afterPreposition && /^\p{Ll}{3,}$/u.test(word) && !QUESTION_STOP_WORDS.has(word) && !PREPOSITIONS.has(word) && baseOrPlural(word);
  };
  let end = from - 1;
  while (end + 1 <= last && end + 1 < from + 3 && (isNounWord(words[end + 1]) || ingNoun(end + 1) || verbNoun(end + 1)) && !(end + 1 === last && end >= from)) {
    end++;
    if (/[,;:]$/.test(words[end])) break;
  }
  return end;
}

/**
 * Whether a pointing adjective's determiner and the word after it (at `at`) point back: "the same seminar" (a noun by
 * `isNounWord`); after a demonstrative, any lower-case word ("that same list", "those same centres") but a time ("that
 * same year" is the report's), an ordinal or an adjective before its noun ("that same first workshop"). A "that" where
 * a conjunction can stand ("found that same flows persisted") points only when no verb follows its noun.
 */
function pointsAtNoun(determiner: string, words: string[], at: number, relativeThat: boolean): boolean {
  if (determiner === 'the') return isNounWord(words[at]);
  const raw = words[at];
  if (!DEMONSTRATIVES.has(determiner) || raw === undefined || !/^\p{Ll}/u.test(raw)) return false;
  const word = bareWord(raw);
  const beforeNoun = ORDINAL_WORDS.includes(word) || (ADJECTIVE_BY_ENDING.test(word) && isNounWord(words[at + 1]));
  const other = PREPOSITIONS.has(word) || DETERMINERS.has(word) || TIME_NOUNS.has(word) || beforeNoun;
  return !other && !(relativeThat && words[at + 1] !== undefined && isVerbLike(words[at + 1]));
}

function findAnaphora(words: string[]): Anaphor[] {
  const out: Anaphor[] = [];
  words.forEach((raw, index) => {
    const word = bareWord(raw);
    const next = words[index + 1] ? bareWord(words[index + 1]) : undefined;
    // "found that …", "the report that …": a conjunction or a relative, no pointer.
    const relativeThat = word === 'that' && index > 0 && !THAT_AS_PRONOUN_AFTER.has(bareWord(words[index - 1])) && next !== undefined;
    if (next !== undefined && POINTING_ADJECTIVES.has(next) && pointsAtNoun(word, words, index + 2, relativeThat)) {
      const noun = bareWord(words[index + 2]);
      out.push({ index, word: 'this', plural: PLURAL.has(word) || /[^s]s$/.test(noun), possessive: false, noun, nounAt: index + 2 });
      return;
    }
    if (!SINGULAR.has(word) && !PLURAL.has(word)) return;
    if (DEMONSTRATIVES.has(word)) {
      if (next && TIME_NOUNS.has(next)) return; // "this year" points at the report's year, not at the conversation
      if (relativeThat) return;
      // "this kind of work", "that sort of help": a description, not a pointer to replace.
      if (next !== undefined && KIND_NOUNS.has(next) && words[index + 2] !== undefined && bareWord(words[index + 2]) === 'of') return;
      const nounAt = demonstratedNounEnd(words, index + 1);
      out.push({ index, word, plural: PLURAL.has(word), possessive: false, ...(nounAt > index ? { noun: bareWord(words[nounAt]), nounAt } : {}) });
      return;
    }
    if (word === 'it' && extraposedIt(words, index)) return;
    if (word === 'her' || word === 'him' || word === 'he' || word === 'she' || word === 'his') {
      out.push({ index, word, plural: false, possessive: word === 'his' || word === 'her' });
      return;
    }
    out.push({ index, word, plural: PLURAL.has(word), possessive: POSSESSIVES.has(word) });
  });
  return out;
}

export const ORDINAL_BEFORE_ONE = new RegExp(`^(?:${[...ORDINAL_WORDS, 'last', 'next', 'latest', 'previous', 'final'].join('|')})$`);

/** Words after which a last "-s" word is a verb ("what it costs", "who pays"), not a plural noun. */
const SUBJECT_BEFORE_VERB = new Set([...WH_WORDS, 'it', 'he', 'she', 'this', 'that', 'one']);

/**
 * The last word ends in a plural "-s" after a lower-case word that cannot be its subject: "observer states" after
 * "And", not "what it costs". With nothing after it, an "-s" word there is a noun more often than a verb.
 */
function endsOnPlural(words: readonly string[], i: number): boolean {
  const word = bareWord(words[i]);
  const before = words[i - 1];
  return i === words.length - 1 && /[^su]s$/.test(word) && /^\p{Ll}/u.test(before) && !SUBJECT_BEFORE_VERB.has(bareWord(before)) && !isVerbLike(before);
}

/** "Who sits on its board?": after a leading "who", a word with a verb's ending is its verb ("Who besides IOM?" has none). */
function whoAndVerb(words: readonly string[]): boolean {
  const next = words.length > 2 && bareWord(words[0]) === 'who' ? bareWord(words[1]) : undefined;
  return next !== undefined && /^\p{Ll}/u.test(words[1]) && (isVerbLike(next) || /^\p{Ll}+(?:s|ed)$/u.test(next)) && !/^(?:besides|across|towards|afterwards|as|is)$/.test(next);
}

/** Reads the follow-up cues of a question. */
export function readCues(question: string): FollowUpCues {
  let body = question.trim();
  let connector: FollowUpCues['connector'] = null;
  let aboutPrefix: string | null = null;
  const about = topicPrompt(body);
  if (about) {
    connector = 'about';
    aboutPrefix = about.prompt;
    body = about.rest;
  } else if (AND.test(body)) {
    connector = 'and';
    body = body.replace(AND, '');
  } else if (PREPOSITIONS.has(bareWord(questionWords(body)[0] ?? ''))) {
    connector = 'preposition';
  }
  const words = questionWords(body);
  const anaphora = findAnaphora(words);
  const pronounIndexes = new Set(anaphora.map((a) => a.index));
  const contentWords = words.filter((w, i) => !pronounIndexes.has(i) && /\p{L}/u.test(w) && !QUESTION_STOP_WORDS.has(bareWord(w).replace(/['’]s$/, ''))).length;
  // An imperative opens on its verb ("Name them", "Describe it").
  const imperative = IMPERATIVE.test(body);
  // A capitalised word inside the question is a name ("observer States"), not a verb; nor is a last word
  // that reads as a plural noun ("observer states", "training costs").
  const hasVerb =
    words.some((w, i) => i > 0 && !/^\p{Lu}/u.test(w) && isVerbLike(w) && !endsOnPlural(words, i)) ||
    (words.length > 0 && AUXILIARIES.has(bareWord(words[0]))) ||
    whoAndVerb(words) ||
    imperative;
  const yearsOnly = YEARS_ONLY.exec(body)?.[1] ?? null;
  const firstWh = words.findIndex((w) => WH_WORDS.has(bareWord(w)));
  const whFragment = !hasVerb && firstWh >= 0 && words.slice(0, firstWh).every((w) => PREPOSITIONS.has(bareWord(w)));
  // "the second one", "the last one": one of something the conversation named.
  const ordinalOne = words.some((w, i) => i > 0 && bareWord(w) === 'one' && ORDINAL_BEFORE_ONE.test(bareWord(words[i - 1])));
  const dependent =
    ordinalOne ||
    words.some((w) => bareWord(w) === 'ones') ||
    connector === 'and' ||
    connector === 'about' ||
    anaphora.length > 0 ||
    yearsOnly !== null ||
    whFragment ||
    ((!hasVerb || imperative) && contentWords <= 1);
  return { connector, aboutPrefix, body, anaphora, contentWords, hasVerb, imperative, yearsOnly, whFragment, dependent };
}
