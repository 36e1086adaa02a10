/**
 * The closed word classes of English questions (auxiliaries, prepositions, determiners, particles) and the tests
 * by form the question grammar and the follow-up rules read words with (a verb, an adverb, a name word).
 */
import { COMMON_VERBS } from './common-verbs';
import { IRREGULAR_PAST_FORMS, isParticiple } from './verb-forms';

export const DO_AUX = new Set(['do', 'does', 'did']);
export const BE_AUX = new Set(['is', 'are', 'was', 'were']);
export const BE_FORMS: ReadonlySet<string> = new Set([...BE_AUX, 'be', 'been', 'being']);
export const HAVE_AUX = new Set(['has', 'have', 'had']);
export const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'shall']);
export const AUXILIARIES: ReadonlySet<string> = new Set([...DO_AUX, ...BE_AUX, ...HAVE_AUX, ...MODALS]);
export const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);
export const PREPOSITIONS = new Set(
  `in for to from with by at on of since until during through under into about among between within across after before over per against towards toward upon without via despite beyond amongst throughout alongside`.split(' '),
);
/** Demonstratives: a pronoun alone ("that"), a determiner before a noun ("that work"). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
/** Pronouns that are a whole subject ("will they", "is it"; "there" of "is there"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'you', 'i', 'there']);
/** Endings of adjectives ("international", "legal", "economic", "vulnerable"). */
export const ADJECTIVE_ENDINGS: readonly string[] = ['al', 'ic', 'ive', 'ous', 'ary', 'ful', 'less', 'able', 'ible'];
/** A lower-case word with an adjective's ending ("international", "legal", "economic", "vulnerable"). */
export const ADJECTIVE_BY_ENDING = new RegExp(`^\\p{Ll}[\\p{Ll}-]*(?:${ADJECTIVE_ENDINGS.join('|')})$`, 'u');
/** The nouns that ask for or describe a kind of thing ("What kind of support …?", "this sort of help"). */
export const KIND_NOUNS: ReadonlySet<string> = new Set(['kind', 'kinds', 'sort', 'sorts', 'type', 'types']);
/** The same, as a regular-expression alternation. */
export const KIND_ALTERNATION = [...KIND_NOUNS].join('|');
/** Adjective endings no English verb has ("comparative", "competitive", "political", "regional", "various"; "reveal", "arrive" and "enable" can be verbs). */
export const NEVER_VERB_ENDINGS: readonly string[] = ['ative', 'itive', 'ical', 'ional', 'ous', 'ful', 'less', 'ible'];
/** Adjective endings seldom ending a noun: responsible, available, suitable, eligible, famous, grateful. */
export const SELDOM_NOUN_ENDINGS: readonly string[] = ['ible', 'able', 'ful', 'ous'];
export const DETERMINERS: ReadonlySet<string> = new Set(`the a an its their his her our this that these those each every all any some both such no`.split(' '));
/** Particles that make a two-word verb ("set up", "carried out"): after a participle they end the subject like a preposition. */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'down', 'off', 'back', 'away', 'together', 'forward', 'aside']);
/** Adverbs that sit between the auxiliary and the participle ("was first set up", "was recently launched"). */
export const MID_ADVERBS: ReadonlySet<string> = new Set(['first', 'also', 'ever', 'already', 'still', 'originally', 'initially', 'formally', 'officially', 'recently', 'last', 'jointly', 'actually']);
/** Small words inside a multi-word name ("Global Forum on Migration and Development"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'to', 'de', '&']);

/** "What's", "who's": a wh-word and its "is" or "has". */
const WH_CONTRACTION = /\b(what|who|where|when|how|which)['’]s(?=\s+(\S+))/gi;

/** Participles of verbs that take no object, after which "'s" is "has" ("What's happened", "What's changed"). */
const INTRANSITIVE_PARTICIPLES = new Set(['been', 'happened', 'changed', 'gone', 'become', 'come', 'occurred', 'emerged', 'arisen', 'grown', 'risen', 'fallen', 'improved', 'increased', 'decreased', 'worked']);

/**
 * The text with a wh-word's "'s" spelled out: "is" ("Who's funding it?", "What's meant by …?", "Who's involved?"), or
 * "has" before "been" and a verb that takes no object ("What's happened to …?").
 */
export function withoutWhContractions(text: string): string {
  return text.replace(WH_CONTRACTION, (_whole, wh: string, next: string) => {
    const word = next.toLowerCase().replace(/[^\p{L}-]/gu, '');
    return `${wh} ${INTRANSITIVE_PARTICIPLES.has(word) ? 'has' : 'is'}`;
  });
}

/** The words of a question or phrase, split on whitespace, its final "?", "!" or "." dropped, "what's" spelled out. */
export function questionWords(question: string): string[] {
  return withoutWhContractions(question.trim())
    .replace(/[?!.]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
}

export const isAux = (word: string) => AUXILIARIES.has(word.toLowerCase());
export const isNameWord = (word: string) => /^[\p{Lu}\d]/u.test(word);

/** A word lower-cased, without the punctuation around it (apostrophes and hyphens kept). */
export const bareWord = (word: string) => word.toLowerCase().replace(/[^\p{L}\d'’-]/gu, '');

/** A verb by form: an auxiliary, a known verb (also inflected) or an -ed form. */
export function isVerbLike(word: string): boolean {
  const w = bareWord(word);
  if (AUXILIARIES.has(w)) return true;
  const bases = [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y'), w.replace(/ed$/, ''), w.replace(/ed$/, 'e'), w.replace(/d$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e')];
  return bases.some((b) => COMMON_VERBS.has(b)) || IRREGULAR_PAST_FORMS.has(w) || (isParticiple(w) && !/ing$/.test(w));
}

/**
 * An adverb that stops a counted noun ("How many countries usually send …"): the mid-clause adverbs and the common
 * adverb endings, which leave nouns and adjectives in -ly alone (family, assembly, supply, Italy, yearly).
 */
const ADVERBS = new Set([...MID_ADVERBS, 'often', 'still', 'now', 'never', 'always']);
/** A lower-case adverb by the list above or its ending; "ally", "rally" and "tally" are too short to be one. */
export const isAdverb = (word: string) => ADVERBS.has(word) || /^\p{L}{2,}(?:ally|ually|ently|antly|ously|ively|edly|ingly)$/u.test(word);

/** "The reports" → "the reports"; an acronym or a single capital ("IOM", "I") stays. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
