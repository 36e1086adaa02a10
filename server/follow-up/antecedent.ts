import { KIND_ALTERNATION, NAME_CONNECTORS, SUBJECT_PRONOUNS } from '../../vectors/query/word-classes';
import { QUESTION_STOP_WORDS } from '../answer/text/stop-words';

/** Something a pronoun can stand for: a name or noun phrase from the previous question, or a section title. */
export type Antecedent = {
  text: string;
  /** Written with "the" ("the IDM"). */
  article: boolean;
  plural: boolean;
  kind: 'name' | 'phrase' | 'section';
  /** IOM itself, named in most questions: the last resort for "it". */
  generic: boolean;
  /** A name written as an owner ("the GFMD's meetings", "IOM's workshop"): it modifies what the question is about. */
  possessor?: boolean;
  /** The noun phrase the question is about: the subject of "When was X held?", the object of "Where did IOM launch X?". */
  topic?: boolean;
  /** What "which/what X" asks about: the topic when the question has no other ("Which 2008 workshop did IOM feed into?"). */
  asked?: boolean;
  /** A plural subject whose number is certain ("the GFMD roundtables"): "they", never "it". */
  numberFixed?: boolean;
  /** What "in/at/during which X" sets, where or when, not what the question is about ("In how many countries …"). */
  circumstance?: boolean;
  /** An attribute of the topic ("the goal of the programme"): "it" when the follow-up says something of it. */
  attribute?: boolean;
  /**
   * What "how many / which X" counted or asked for, with the rest of its question: "people that went through IOM's
   * migrant training in 2009". A bare "the people" would lose which people "How many of them were women?" means.
   */
  described?: string;
};

/** "kinds of training", "most of IOM's interventions": the phrase is what comes after "of". */
const PART_OF = new RegExp(`^(?:${KIND_ALTERNATION}|forms?|most|some|all|many|each|any|none|several|few|much|part|half)$`, 'i');
export const GENERIC = /^(?:IOM|(?:the )?Organi[sz]ation|International Organi[sz]ation for Migration)$/i;
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those']);
/** The subject of a relative clause ("the report I can read"): a subject pronoun but "there". */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS].filter((w) => w !== 'there'));
export const ADVERBS = /^(?:\p{L}+ly|first|also|again|already|ever|still|now|then|later|since|once|together|up|out|off)$/u;

/** Not a stop word; "report" and "document" are search stop words ("according to the report") but nouns here. */
export const isContentWord = (word: string) => !QUESTION_STOP_WORDS.has(word) || /^(?:report|document)s?$/.test(word);
export const clean = (word: string) => word.replace(/^[("“‘]+|[)"”’,;:?!]+$/g, '');
export const isAcronym = (word: string) => /^\p{Lu}{2,}s?$/u.test(word);
export const isName = (word: string) => /^[\p{Lu}\d]/u.test(word) && /\p{L}/u.test(word);
export const isPlural = (text: string) => /(?:[^s']s|\p{Lu}s)$/u.test(text) && !/(?:ss|us|is)$/.test(text);
/** Nouns in "-s" that may be singular ("the series", "the means"): `isPlural` counts them plural, without certainty. */
const UNCOUNTED_S = /(?:series|species|means|news|headquarters)$/i;
/** Plural beyond doubt: "the GFMD roundtables", not "the series". */
export const certainlyPlural = (text: string) => isPlural(text) && !UNCOUNTED_S.test(text);

export function phrase(words: string[], kind: Antecedent['kind']): Antecedent | null {
  let list = words.map(clean).filter(Boolean);
  const article = list.length > 0 && list[0].toLowerCase() === 'the';
  while (list.length > 0 && DETERMINERS.has(list[0].toLowerCase())) list = list.slice(1);
  // "kinds of training" is training, one thing; "most of IOM's interventions" are the interventions; "to inform
  // migrants" is no noun phrase at all.
  if (list.length > 2 && PART_OF.test(list[0]) && list[1].toLowerCase() === 'of') list = list.slice(2);
  if (list[0]?.toLowerCase() === 'to') return null;
  // "the trafficked persons it has assisted": the phrase ends before a clause with a pronoun for its subject, which
  // would be read against the follow-up's own pronouns.
  const clause = list.findIndex((w, k) => k > 0 && RELATIVE_SUBJECTS.has(w.toLowerCase()));
  if (clause > 0) list = list.slice(0, clause);
  while (list.length > 0 && NAME_CONNECTORS.has(list[list.length - 1].toLowerCase())) list = list.slice(0, -1);
  if (list.length === 0) return null;
  const text = list.join(' ').replace(/['’]s$/, '');
  // "the meeting of the major regional processes" is one meeting: its number is its head's, before "of".
  const head = text.split(/\s+of\s+/i)[0];
  return { text, article, plural: isPlural(head) || coordinated(head), kind, generic: GENERIC.test(text) };
}

/**
 * Two bodies joined by "and" are plural: "IOM and UNHCR", "IOM and the UN Alliance". A name that holds an "and"
 * ("Migration and Development", "Bosnia and Herzegovina") has no acronym next to it and no article after it.
 */
function coordinated(head: string): boolean {
  const words = head.split(/\s+/);
  return words.some((w, i) => w.toLowerCase() === 'and' && i > 0 && (isAcronym(words[i - 1]) || isAcronym(words[i + 1] ?? '') || DETERMINERS.has((words[i + 1] ?? '').toLowerCase())));
}
