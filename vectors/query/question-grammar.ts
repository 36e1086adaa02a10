import { COMMON_VERBS } from './common-verbs';
import { IRREGULAR_PAST_FORMS, isParticiple } from './verb-forms';
import { ADJECTIVE_BY_ENDING, AUXILIARIES, BE_FORMS, DETERMINERS, DO_AUX, HAVE_AUX, isAdverb, isAux, isNameWord, isVerbLike, MODALS, NAME_CONNECTORS, NEVER_VERB_ENDINGS, PARTICLES, PREPOSITIONS, questionWords, SUBJECT_PRONOUNS, WH_WORDS } from './word-classes';
import { isYear } from './year-pattern';

/**
 * A small grammar of English questions: the wh-phrase, the auxiliary, where the subject ends and the verb starts,
 * enough to restate a question as a clause (`embedded-clause.ts`: "how many migrants IOM resettled in 2015") and to
 * graft a follow-up fragment onto an earlier question. Anything it cannot read with confidence comes back null, and
 * callers fall back to plainer text.
 */

const HOW_MODIFIERS = new Set(['many', 'much', 'long', 'often', 'far', 'large', 'big', 'old', 'high', 'soon', 'important', 'well']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

export type WhQuestion = {
  /** Leading prepositions or sharpening adverbs ("In" of "In how many countries …", "Roughly" of "Roughly how many …"). */
  prefix: string[];
  /** The wh-phrase without its prefix ("how many health assessments"). */
  wh: string[];
  /** The noun part of the wh-phrase ("health assessments"), possibly empty. */
  whNoun: string[];
  aux: string | null;
  rest: string[];
};

export type SubjectVerb = { subject: string[]; verb: string; tail: string[] };

const lower = (word: string) => word.toLowerCase();

/** Adverbs right after a wh-word that sharpen it ("When exactly", "When precisely"): part of the wh-phrase. */
export const WH_SHARPENERS: ReadonlySet<string> = new Set(['exactly', 'precisely', 'roughly', 'approximately']);
/** Wh-words that can be a subject, alone ("who") or with their noun ("which government", "what organization"). */
const SUBJECT_WH = new Set(['who', 'which', 'what']);
/** Wh-words that open a noun phrase ("which workshop", "whose report"). */
const NOUN_WH = new Set(['what', 'which', 'whose']);
/** A second wh-word after "and" that stands alone ("when and where", "when and how"), not one opening a phrase ("and how many"). */
const coordinatedWh = (word: string | undefined, next: string | undefined) =>
  word !== undefined && WH_WORDS.has(lower(word)) && !NOUN_WH.has(lower(word)) && !(lower(word) === 'how' && HOW_MODIFIERS.has(lower(next ?? '')));

/** Parses "[prep] wh-phrase [aux] rest"; null when the question does not start that way. */
export function parseWhQuestion(question: string): WhQuestion | null {
  const tokens = questionWords(question);
  let i = 0;
  const prefix: string[] = [];
  // "In how many countries …", "Roughly how many nations …": a preposition or a sharpening adverb before the wh-word.
  while (i < tokens.length && i < 2 && (PREPOSITIONS.has(lower(tokens[i])) || WH_SHARPENERS.has(lower(tokens[i])))) prefix.push(tokens[i++]);
  if (i >= tokens.length || !WH_WORDS.has(lower(tokens[i]))) return null;
  const whWord = lower(tokens[i]);
  const wh = [tokens[i++]];
  if (whWord === 'how' && i < tokens.length && HOW_MODIFIERS.has(lower(tokens[i]))) wh.push(tokens[i++]);
  // "When exactly will it be held?": an adverb that sharpens the wh-word is part of the wh-phrase.
  else if (WH_SHARPENERS.has(lower(tokens[i] ?? ''))) wh.push(tokens[i++]);
  // "When and where was it held?": two wh-words asked together are one wh-phrase.
  else if (lower(tokens[i] ?? '') === 'and' && coordinatedWh(tokens[i + 1], tokens[i + 2])) wh.push(tokens[i++], tokens[i++]);
  const takesNoun = NOUN_WH.has(whWord) || (whWord === 'how' && ['many', 'much'].includes(lower(wh[1] ?? '')));
  const whNoun: string[] = [];
  if (takesNoun) {
    const auxAt = tokens.findIndex((t, k) => k >= i && k <= i + 6 && isAux(t));
    if (auxAt >= 0) {
      whNoun.push(...tokens.slice(i, auxAt));
    } else if (whWord === 'how') {
      // "How many experts attended …", "How many assessments in 2009": the noun stops at a verb or preposition.
      for (let k = i; k < tokens.length; k++) {
        const w = lower(tokens[k]);
        if (k > i && (PREPOSITIONS.has(w) || isParticiple(w) || COMMON_VERBS.has(w) || IRREGULAR_PAST_FORMS.has(w) || isAdverb(w))) break;
        whNoun.push(tokens[k]);
      }
    } else if (i < tokens.length) {
      // "Which international legal texts underpin …", "Which IOM publication tells …": an adjective or a name is no
      // noun, so the noun runs on to the word it describes.
      // Whether the word at `k` describes the next: an adjective, or a name before another name word ("EU Member
      // State") or a plain noun ("publication"); never before a preposition, a verb (but a name's: "Member States") or,
      // after a name, a verb the lists miss ("co-hosted") or an adverb ("also").
      const describesNext = (k: number) => {
        const next = tokens[k + 1];
        const name = isNameWord(tokens[k]);
        if (PREPOSITIONS.has(lower(next)) || (isVerbLike(next) && !(name && isNameWord(next)))) return false;
        return ADJECTIVE_BY_ENDING.test(tokens[k]) || (name && (isNameWord(next) || (!/ed$|^co-/.test(next) && !isAdverb(lower(next)))));
      };
      let head = i;
      while (head + 1 < tokens.length && describesNext(head)) head++;
      // "Which edition of IOM's flagship report came out …": the noun takes its "of" phrase, up to a verb, a
      // preposition or a comma.
      whNoun.push(...tokens.slice(i, head + 1));
      if (!/[,;:]$/.test(tokens[head]) && lower(tokens[head + 1] ?? '') === 'of') {
        for (let k = head + 1; k < tokens.length && (k === head + 1 || !(PREPOSITIONS.has(lower(tokens[k])) || isVerbLike(tokens[k]))); k++) {
          whNoun.push(tokens[k]);
          if (/[,;:]$/.test(tokens[k])) break;
        }
      }
    }
    wh.push(...whNoun);
    i += whNoun.length;
  }
  const aux = i < tokens.length && isAux(tokens[i]) ? tokens[i++] : null;
  return { prefix, wh, whNoun, aux, rest: tokens.slice(i) };
}

/** Splits "IOM perform in 2009" into subject "IOM", verb "perform", tail "in 2009"; null when unsure. */
export function splitSubject(rest: string[]): SubjectVerb | null {
  if (rest.length < 2) return null;
  const verbAt = (from: number, to: number) => {
    for (let m = from; m <= Math.min(to, rest.length - 1); m++) if (COMMON_VERBS.has(lower(rest[m]))) return m;
    return -1;
  };
  const result = (end: number): SubjectVerb | null =>
    end > 0 && end < rest.length && /^\p{Ll}/u.test(rest[end])
      ? { subject: rest.slice(0, end), verb: rest[end], tail: rest.slice(end + 1) }
      : null;

  if (SUBJECT_PRONOUNS.has(lower(rest[0]))) return result(1);
  const start = DETERMINERS.has(lower(rest[0])) ? 1 : 0;
  let k = start;
  while (k < rest.length) {
    if (isNameWord(rest[k])) k++;
    else if (k > start && NAME_CONNECTORS.has(lower(rest[k])) && k + 1 < rest.length && isNameWord(rest[k + 1])) k++;
    // "IOM and the UN Alliance of Civilizations create …": one subject of two names.
    else if (k > start && lower(rest[k]) === 'and' && lower(rest[k + 1] ?? '') === 'the' && k + 2 < rest.length && isNameWord(rest[k + 2])) k += 2;
    else break;
  }
  if (k > start) {
    // "IOM's migrant training reach": the subject runs on to the first known verb.
    if (/['’]s$/.test(rest[k - 1])) return result(verbAt(k + 1, k + 3));
    // "the Libya evacuation cost": a name can modify a noun; the verb is the known one that follows.
    if (k < rest.length && !COMMON_VERBS.has(lower(rest[k]))) {
      const verb = verbAt(k + 1, k + 3);
      if (verb > 0) return result(verb);
    }
    return result(k);
  }
  const known = verbAt(start + 1, start + 3);
  if (known > 0) return result(known);
  return start === 1 ? result(2) : null;
}

/** Words after which a word is a noun: an article or a possessive. */
const ARTICLES_AND_OWNERS = /^(?:the|a|an|its|their|his|her|our|your|my)$/i;

/** A year that dates the noun after it ("the 2010 review"), not the end of a time phrase ("in 2011", "2007 and 2009"). */
export const datesNoun = (words: string[], k: number) =>
  isYear(words[k] ?? '') && !PREPOSITIONS.has(lower(words[k - 1] ?? '')) && !/^(?:and|or|to)$/i.test(words[k - 1] ?? '');
/** Endings of nouns that are seldom verbs ("resolution", "awareness", "capacity", "partnership"). */
const NOUN_ENDING = /(?:tion|sion|ness|ity|ship|ism)$/;

/** A word with an adjective ending no verb has ("comparative", "political"). */
const NEVER_VERB_ENDING = new RegExp(`(?:${NEVER_VERB_ENDINGS.join('|')})$`);

/**
 * A word the split may take for the verb that cannot be one: a preposition, an article, a conjunction, a plural noun,
 * an adjective by an ending no verb has ("the IOM–USAID | comparative study …"; "reveal", "arrive" and "enable" can be
 * verbs).
 */
function cannotBeVerb(word: string): boolean {
  const w = lower(word);
  return PREPOSITIONS.has(w) || DETERMINERS.has(w) || w === 'and' || w === 'or' || NEVER_VERB_ENDING.test(w) || (/[^s]s$/.test(w) && !isVerbLike(w));
}

/**
 * Whether the split took the noun that ends a subject opened by an article or an owner for the verb: a noun by its
 * ending ("does the 2007 resolution | adopting …", not "the 2007 resolutions adopting") or any word after a year
 * ("does IOM's 2010 review | of its Strategy expect …"). Without the article a word so ending can be the verb
 * ("did IOM commission …").
 */
export function nounTakenForVerb(rest: string[], sv: SubjectVerb): boolean {
  if (!DETERMINERS.has(lower(rest[0])) && !/['’]s$/.test(rest[0])) return false;
  const verb = lower(sv.verb);
  return (NOUN_ENDING.test(verb) && !COMMON_VERBS.has(verb)) || datesNoun(sv.subject, sv.subject.length - 1);
}

/**
 * The split of "… did <subject> <verb> …" for restating it, where the verb must be able to be one: "did the 1998
 * amendments to the IOM Constitution come into force" is split at "come", not "amendments" ("the 1998 amendmentsed
 * …"), at the first known verb after the subject's first word that no article, owner or "to" makes a noun or an
 * infinitive ("as part of its support come out" is split at "come"); null when there is none. `sv` is the plain split
 * (`splitSubject`), for a caller that has it already.
 */
export function verbalSplit(rest: string[], sv: SubjectVerb | null = splitSubject(rest)): SubjectVerb | null {
  // A subject that ends on "to" ("IOM try to | keep") was cut before an infinitive, after a verb no list knows.
  if (sv && lower(sv.subject.at(-1) ?? '') === 'to') return null;
  // "they often | steer clear": the adverb stays before the verb that follows it.
  if (sv && isAdverb(lower(sv.verb)) && /^\p{Ll}[\p{Ll}-]*$/u.test(sv.tail[0] ?? '') && !cannotBeVerb(sv.tail[0])) {
    return { subject: [...sv.subject, sv.verb], verb: sv.tail[0], tail: sv.tail.slice(1) };
  }
  // "people on the | move": a word right after an article or an owner is a noun ("IOM and these | help" is no such word).
  const afterArticle = sv !== null && sv.subject.length > 0 && (ARTICLES_AND_OWNERS.test(sv.subject.at(-1)!) || /['’]s$/.test(sv.subject.at(-1)!));
  const mayBeVerb = sv !== null && !afterArticle && !cannotBeVerb(sv.verb) && !isAdverb(lower(sv.verb));
  if (mayBeVerb && !nounTakenForVerb(rest, sv)) return sv;
  // Not after an article, owner or year (a noun: "its support", "the 2010 review"), "to" (an infinitive) or another
  // verb ("IOM helped send"), unless that one is a noun itself ("as part of its support come out").
  const nounAt = (k: number) => k > 0 && (DETERMINERS.has(lower(rest[k - 1])) || /['’]s$/.test(rest[k - 1]) || datesNoun(rest, k - 1));
  const finite = (k: number) => !nounAt(k) && lower(rest[k - 1]) !== 'to' && !(isVerbLike(rest[k - 1]) && !nounAt(k - 1));
  const verb = rest.findIndex((w, k) => k > 0 && /^\p{Ll}+$/u.test(w) && COMMON_VERBS.has(w) && finite(k));
  if (verb > 0) return { subject: rest.slice(0, verb), verb: rest[verb], tail: rest.slice(verb + 1) };
  // A word that only looked like a noun is the verb after all when no other is found ("did the government | commission").
  return mayBeVerb ? sv : null;
}

/**
 * The verb of a question whose wh-phrase is its subject: "Who chairs …?" → chairs, "Who is funding …?" → funding, "Who
 * will host …?" → host, "Who has edited …?" → edited, "Which government chaired …?" → chaired; null when the wh-phrase
 * is an object ("Who did IOM partner with?") or the question is no such question.
 */
export function whSubjectVerb(question: string): string | null {
  const parsed = parseWhQuestion(question.replace(/^\s*and\s+/i, ''));
  if (!parsed || parsed.prefix.length > 0 || !SUBJECT_WH.has(lower(parsed.wh[0]))) return null;
  if (parsed.whNoun.length === 0 && lower(parsed.wh[0]) !== 'who') return null;
  const first = parsed.rest[0];
  if (!first || !/^\p{Ll}/u.test(first)) return null;
  // "Which report edited by IOM covers …": a participle with its agent describes the noun; the verb comes later.
  if (lower(parsed.rest[1] ?? '') === 'by' && isParticiple(first)) return null;
  const aux = parsed.aux === null ? null : lower(parsed.aux);
  if (aux === null || MODALS.has(aux)) return first;
  if (BE_FORMS.has(aux)) return /ing$/.test(first) ? first : null;
  if (HAVE_AUX.has(aux)) return isParticiple(first) ? first : null;
  return null;
}

/**
 * The question's verbs, lower-cased: the verb after "did IOM …", participles after "were …", a verb
 * right after the wh-phrase ("How many experts attended …"). People paraphrase verbs more than nouns.
 */
export function questionVerbs(question: string): Set<string> {
  const verbs = new Set<string>();
  const parsed = parseWhQuestion(question);
  const rest = parsed ? parsed.rest : questionWords(question).slice(1);
  const aux = parsed ? parsed.aux : questionWords(question)[0] ?? null;
  if (aux && (DO_AUX.has(lower(aux)) || MODALS.has(lower(aux)))) {
    const sv = splitSubject(rest);
    if (sv) verbs.add(lower(sv.verb));
  }
  if (parsed && !parsed.aux && rest.length > 0 && (isParticiple(rest[0]) || COMMON_VERBS.has(lower(rest[0])))) verbs.add(lower(rest[0]));
  for (const word of rest) if (isParticiple(word) && /^\p{Ll}/u.test(word)) verbs.add(lower(word));
  return verbs;
}

/**
 * Where the passive's participle ends the subject in the words after "was/is …" ("the Strategy approved in 2007",
 * "the seminar held?"): a participle at the end, before a comma, a preposition or a number; not an adjective
 * ("the revolving fund", "training session") nor the verb of a relative clause ("the Chairperson who submitted").
 * 0 when the words open with it ("held in 2005": the subject came before), -1 when there is none; the search
 * starts at `from`.
 */
export function passiveParticipleAt(rest: string[], from = 0): number {
  return rest.findIndex(
    (w, k) =>
      k >= from &&
      isParticiple(w.replace(/[,;:]$/, '')) &&
      (k === 0 || (!DETERMINERS.has(lower(rest[k - 1])) && !RELATIVES.has(lower(rest[k - 1])))) &&
      (!/ing[,;:]?$/i.test(w) || ingIsVerb(rest[k - 1]) || opensInfinitive(rest, k + 1)) &&
      (k === rest.length - 1 || /[,;:]$/.test(w) || PREPOSITIONS.has(lower(rest[k + 1])) || PARTICLES.has(lower(rest[k + 1])) || /^\d/.test(rest[k + 1])),
  );
}

/** -ing forms that are nouns as often as verbs ("the capacity building to achieve", "the training to teach"). */
const ING_NOUNS = new Set(
  'training building funding meeting housing planning financing screening counselling counseling trafficking smuggling mainstreaming monitoring reporting networking processing learning programming profiling understanding setting'.split(' '),
);

/**
 * "to" and a verb after the -ing form at `k - 1`: what it is doing ("the study trying to find out"), unless the -ing
 * form is as often a noun.
 */
const opensInfinitive = (rest: string[], k: number) =>
  !ING_NOUNS.has(lower(rest[k - 1] ?? '')) && lower(rest[k] ?? '') === 'to' && rest[k + 1] !== undefined && /^\p{Ll}/u.test(rest[k + 1]) && isVerbLike(rest[k + 1]);

/**
 * An -ing form after a common noun names a thing ("the migration law training for staff"); as a verb it opens the
 * words, or follows a name, a pronoun, an adverb or be ("is IOM running", "are now participating in").
 */
function ingIsVerb(before: string | undefined): boolean {
  if (before === undefined || !/^\p{Ll}/u.test(before)) return true;
  const word = lower(before);
  return /ly$/.test(word) || BE_FORMS.has(word) || SUBJECT_PRONOUNS.has(word);
}
