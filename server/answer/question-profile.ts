import { placeKind } from '../../vectors/lexical/places';
import { parseWhQuestion, questionVerbs, whSubjectVerb } from '../../vectors/query/question-grammar';
import { BE_AUX, isVerbLike, PREPOSITIONS } from '../../vectors/query/word-classes';
import { COMMON_VERBS } from '../../vectors/query/common-verbs';
import { roleOf, type Role } from '../../vectors/lexical/role-verbs';
import { PERIOD_PREFIX } from '../../vectors/query/year-pattern';
import { sourceMention } from '../../vectors/query/named-source';
import { IRREGULAR_PAST_FORMS } from '../../vectors/query/verb-forms';
import { ASKS_KIND, DEFINITION, detectTypes, YES_NO, type QuestionType } from './question-types';
import { MONTHS } from './text/stop-words';
import { contentKeys, tokenize, type WordToken } from './text/word-tokens';

export type { QuestionType };

/**
 * What a count can be of without naming a particular thing: "how many people", "how many per cent", "how much money",
 * "how many euros", "how many years". ("What share of X …" counts X, which the answer's passage must name.)
 */
const GENERIC_COUNTS = new Set(
  contentKeys(
    tokenize(
      'people persons individuals number amount total share proportion percentage money dollars euros francs pounds times years months weeks days hours minutes decades',
    ),
  ),
);

export type QueryTerm = {
  key: string;
  surface: string;
  kind: WordToken['kind'];
  /** Part of a name: a capitalised word inside the question, or an acronym. */
  entity: boolean;
  /** A verb of the question ("perform", "attended"): often paraphrased in the reports. */
  verb: boolean;
  /** Describes rather than names (a verb, an "-ly" adverb): paraphrased more often than not. */
  describes: boolean;
  /** Only in a phrase naming the source ("according to UNDP's Human Development Report"): which report, not what is asked. */
  source: boolean;
};

export type QuestionProfile = {
  question: string;
  types: ReadonlySet<QuestionType>;
  /** Content terms, one per key, in question order. */
  terms: QueryTerm[];
  /** Years the question names ("in 2009"). */
  years: string[];
  /** Years only in "according to …": they say which report answers ("IOM's chapter for the 2013 High-level Dialogue"). */
  sourceYears: string[];
  /** Those of `years` that are part of a name ("World Migration Report 2011", "the 2013 High-level Dialogue"). */
  nameYears: string[];
  /** Those of `years` that start a period ("since 2007", "since the Strategy was adopted in 2007"). */
  sinceYears: string[];
  /** Those of `years` that end or open a period ("by 2009", "from 2007", "until 2010"), not a point in time. */
  boundYears: string[];
  /** Other numbers the question names ("Resolution No. 1150"). */
  numbers: string[];
  /** Keys of the thing a "What is X?" question defines. */
  definitionKeys: string[];
  /** Keys of what "how many X" counts (X), empty when the question counts nothing named. */
  countedKeys: string[];
  /**
   * Those of `countedKeys` that name a particular thing ("Migration Profiles", "screenings", the migrants of "what
   * share of migrants"), not people, money or a span of time, which the reports word in many ways; empty for "how
   * much … cost".
   */
  countedThings: string[];
  /**
   * "How many staff members are posted in the Field?", "How many of them were children?", "What share …": a part of
   * something is counted, which a share states as well as a count ("How many staff does IOM have?" is no part).
   */
  countsShare: boolean;
  /** "How many of the trafficked persons were children?": what is counted is a part, so its count must be stated. */
  countsPart: boolean;
  /** "How long …?": a length of time or a period answers, not any amount. */
  asksHowLong: boolean;
  /** "What kind (type, sort) of X …?": a kind of X answers ("bilateral and regional agreements"), one or several. */
  asksKind: boolean;
  /**
   * "Which recent publication of IOM's …?", "Who did IOM co-publish the study with?": a publication asked for by name,
   * which a footnote's list of references ("See: IOM, Crushed Hopes … (Geneva, 2012)") gives.
   */
  asksPublication: boolean;
  /** "Who chairs the Board?", "Who is funding the survey?": the role asked about, which the answer must state. */
  role: Role | null;
  /** A yes/no question ("Do governments keep records …?"). */
  yesNo: boolean;
  /** Multi-word names, as keys ("African Capacity-building Centre" → african capac build centr). */
  names: string[][];
  /** Those of `names` that name a place ("West Africa"), `vectors/lexical/places.ts`. */
  placeNames: string[][];
};

/** An "-ly" adverb or a common verb form ("get", "took"); comparatives ("largest") constrain, so they name. */
function describing(token: WordToken): boolean {
  const w = token.norm;
  return token.kind === 'word' && (/ly$/.test(w) || COMMON_VERBS.has(w) || IRREGULAR_PAST_FORMS.has(w));
}

const NAME_JOINERS = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'to']);

/** Runs of name tokens, allowing "of/on/for/and/the" between two of them. */
function nameRuns(tokens: WordToken[], isName: (t: WordToken, i: number) => boolean, text: string): { keys: string[]; text: string }[] {
  const runs: { keys: string[]; text: string }[] = [];
  let run: WordToken[] = [];
  const flush = () => {
    if (run.length > 1) runs.push({ keys: run.map((t) => t.key), text: text.slice(run[0].start, run[run.length - 1].end) });
    run = [];
  };
  tokens.forEach((token, i) => {
    if (isName(token, i)) run.push(token);
    else if (!(run.length > 0 && NAME_JOINERS.has(token.norm) && tokens[i + 1] && isName(tokens[i + 1], i + 1))) flush();
  });
  flush();
  return runs;
}

/** What a publication is called. */
const PUBLICATION = String.raw`(?:publications?|series|publishers?|books?|titles?|stud(?:y|ies)|reports?|handbooks?|journals?|papers?|manuals?|toolkits?)`;
/** A publication or any document. */
const DOCUMENT = String.raw`(?:${PUBLICATION}|documents?)`;
/**
 * "Which recent publication …", "Which of the reports …", "What book …", "What is the title (or the reference number)
 * of the IOM report …", "Is there an IOM document on …?", "Any research on …?": a publication asked for by name; not
 * "What does the report say …" (an auxiliary or article between "what" and the noun), "What guides …" or "What volume
 * of …".
 */
const WHICH_PUBLICATION = new RegExp(
  String.raw`^(?:\S+\s+)?(?:which\s+(?:\S+\s+){0,3}?(?:${PUBLICATION}|volumes?|guides?|document)|what\s+(?:(?!(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|the|a|an)\b)\S+\s+){0,2}?(?:${PUBLICATION}|guide))\b` +
    String.raw`|\b(?:title|name|reference number|document number|symbol)s? of (?:\S+\s+){0,4}?${DOCUMENT}\b` +
    // "Is there an IOM document I can read on …?", "any IOM research on …?": one on a topic, not "any reports of abuse".
    String.raw`|^(?:(?:is|are) there |(?:do|does) (?:IOM|it) have )?(?:any|an?|some)\s+(?:\S+\s+)?(?:${DOCUMENT}|research)(?:\s+(?:I|we|you)\s+(?:can|could|should|might)\s+\S+)?\s+(?:on|about)\b`,
  'i',
);
/** Publishing, in a "who" or "which" question ("Who did IOM co-publish it with?", "Which organization did IOM bring it out with?"). */
const PUBLISHING = /\b(?:co-?)?publish\w*|\b(?:bring|brings|bringing|brought) (?:\S+ ){0,8}?out\b/i;
const HOW_LONG = /\bhow long\b/i;
/** "how many per cent", "what share", "percentage": a share is asked for. */
const SHARE_ASKED = /\b(?:per ?cent|percentage|share|proportion|portion|fraction|rate)s?\b|%/i;
const WHO_OR_WHICH = /^(?:\S+\s+)?(?:who|whom|whose|which)\b/i;

/** Words before a year that make it the end or start of a period ("by 2009", "from 2007"). */
const PERIOD_BOUNDS = new Set(['by', 'from', 'until', 'before', 'after', 'through']);

/** Ends where a year names a period ("post-", "pre-", "mid-"), not the time asked about. */
const PERIOD_BEFORE = new RegExp(`${PERIOD_PREFIX}$`, 'i');

/**
 * "How many of X were children?", "How many of the migrants IOM trained in 2008 were women?": the noun phrase a part
 * of X is said to be; null for any other question.
 */
function partitivePredicate(question: string): string[] | null {
  const predicate = /^how many of .+ (?:were|are|was|is) ([a-z][a-z -]*?)\s*[?.!]*$/i.exec(question.trim())?.[1];
  const noun = predicate?.split(/\s+/) ?? [];
  // Adjectives may come first ("unaccompanied minors"); the last word is the noun.
  const nounPhrase = noun.length > 0 && noun.length <= 3 && noun.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !PREPOSITIONS.has(w)) && !isVerbLike(noun.at(-1)!);
  return nounPhrase ? noun : null;
}

/**
 * Reads a question: its answer types, content terms (stemmed, stop words removed), the years and
 * numbers it names and, for "What is X?", the keys of X.
 *
 * @example
 * profileQuestion('How many health assessments did IOM perform in 2009?')
 * // types {quantity}, terms health assess iom perform 2009, years ['2009']
 */
export function profileQuestion(question: string): QuestionProfile {
  const tokens = tokenize(question);
  const keys = contentKeys(tokens);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const verbs = questionVerbs(question);
  // "according to the 2010 Strategy review", "the 2010 review of the IOM Strategy": which report, not what is asked.
  const attribution = sourceMention(question);
  const inAttribution = (t: WordToken) => attribution !== null && t.start >= attribution.start && t.end <= attribution.end;
  const onlyInAttribution = (key: string) => tokens.filter((t) => t.key === key).every(inAttribution);
  tokens.forEach((token, i) => {
    if (!keys.has(token.key) || seen.has(token.key) || token.stop) return;
    if (token.kind === 'word' && token.norm.length < 2) return;
    seen.add(token.key);
    const entity = token.acronym || (token.capitalized && i > 0);
    const verb = verbs.has(token.norm) && !entity;
    terms.push({
      key: token.key,
      surface: token.text,
      kind: token.kind,
      entity,
      verb,
      describes: !entity && (verb || describing(token)),
      source: onlyInAttribution(token.key),
    });
  });
  // A year in "according to IOM's chapter for the 2013 High-level Dialogue" says which report, not when.
  // "the post-2015 agenda", "pre-2008 levels" name a period, not the time asked about.
  const periodName = (t: WordToken) => PERIOD_BEFORE.test(question.slice(Math.max(0, t.start - 5), t.start));
  const years = tokens.filter((t) => t.kind === 'year' && !inAttribution(t) && !periodName(t)).map((t) => t.norm);
  const sourceYears = tokens.filter((t) => t.kind === 'year' && inAttribution(t)).map((t) => t.norm);
  // A capitalised word next to the year, stop word or not ("Report 2011"), makes it part of a name.
  const nameWord = (t: WordToken | undefined, i: number) => t !== undefined && t.kind === 'word' && !MONTHS.has(t.norm) && (t.acronym || (t.capitalized && i > 0));
  // "since 2007", "since the Strategy was adopted in 2007"
  const sinceYears = tokens.filter((t, i) => t.kind === 'year' && !inAttribution(t) && tokens.slice(Math.max(0, i - 8), i).some((p) => p.norm === 'since')).map((t) => t.norm);
  const boundYears = tokens.filter((t, i) => t.kind === 'year' && PERIOD_BOUNDS.has(tokens[i - 1]?.norm ?? '')).map((t) => t.norm);
  const nameYears = tokens.filter((t, i) => t.kind === 'year' && !inAttribution(t) && (nameWord(tokens[i - 1], i - 1) || nameWord(tokens[i + 1], i + 1))).map((t) => t.norm);
  const numbers = tokens.filter((t) => t.kind === 'number').map((t) => t.norm);
  const types = detectTypes(question);
  const flat = question.toLowerCase().replace(/\s+/g, ' ').trim();
  const target = types.has('definition') ? (DEFINITION.exec(flat)?.[1] ?? flat) : undefined;
  const definitionKeys = target ? [...contentKeys(tokenize(target))].filter((k) => seen.has(k)) : [];
  const parsed = types.has('quantity') ? parseWhQuestion(question) : null;
  // What is counted is the head of the wh-phrase ("assisted voluntary return programmes" counts programmes), or what
  // a part of it is said to be ("How many of the trafficked persons were children?" counts children).
  const part = parsed ? partitivePredicate(question) : null;
  const counting = part ?? parsed?.whNoun ?? [];
  const countedKeys = [...contentKeys(tokenize(counting.join(' ')))].filter((k) => seen.has(k)).slice(-1);
  const countedThings = types.has('money') ? [] : countedKeys.filter((k) => !GENERIC_COUNTS.has(k));
  // "How many staff members are posted in the Field?": what is said of the counted things picks out a part of them;
  // "How many IOM staff are there?" says nothing of them.
  const predicatesPart =
    parsed !== null && parsed.wh[1]?.toLowerCase() === 'many' && parsed.aux !== null && BE_AUX.has(parsed.aux.toLowerCase()) && parsed.rest.length > 0 && parsed.rest[0].toLowerCase() !== 'there';
  const capital = (t: WordToken, i: number) => t.kind === 'word' && !t.stop && (t.acronym || (t.capitalized && i > 0));
  // "Capacity-building": a word hyphenated to a capitalised one belongs to the name.
  const hyphenated = (t: WordToken, i: number) => i > 0 && capital(tokens[i - 1], i - 1) && t.start === tokens[i - 1].end + 1 && question[t.start - 1] === '-';
  const runs = nameRuns(tokens, (t, i) => capital(t, i) || hyphenated(t, i), question);
  const names = runs.map((r) => r.keys);
  const placeNames = runs.filter((r) => placeKind(r.text) !== null).map((r) => r.keys);
  const yesNo = YES_NO.test(question.toLowerCase().trim());
  const asksPublication = WHICH_PUBLICATION.test(question) || (WHO_OR_WHICH.test(question) && PUBLISHING.test(question));
  const subjectVerb = whSubjectVerb(question);
  // "What factors led to irregular migration?" asks a cause, not who leads ("Which country led the talks leading to …"
  // does ask who led).
  const causal = subjectVerb !== null && /^(?:lead|leads|leading|led)$/i.test(subjectVerb) && new RegExp(String.raw`\b${subjectVerb}\s+to\b`, 'i').test(question);
  const role = subjectVerb && !causal ? roleOf(subjectVerb) : null;
  return { asksPublication, role, question, types, yesNo, terms, years: [...new Set(years)], sourceYears: [...new Set(sourceYears)].filter((y) => !years.includes(y)), nameYears: [...new Set(nameYears)], sinceYears: [...new Set(sinceYears)], boundYears: [...new Set(boundYears)], numbers: [...new Set(numbers)], definitionKeys, countedKeys, countedThings, countsPart: part !== null, asksHowLong: HOW_LONG.test(question), asksKind: ASKS_KIND.test(question), countsShare: part !== null || predicatesPart || SHARE_ASKED.test(question), names, placeNames };
}
