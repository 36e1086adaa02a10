import { parseWhQuestion, questionVerbs } from './text/question-grammar';
import { contentKeys, tokenize, type WordToken } from './text/word-tokens';

/** What kind of answer a question asks for; a question can have several. */
export type QuestionType = 'quantity' | 'when' | 'who' | 'where' | 'why' | 'list' | 'definition';

export type QueryTerm = {
  key: string;
  surface: string;
  kind: WordToken['kind'];
  /** Part of a name: a capitalised word inside the question, or an acronym. */
  entity: boolean;
  /** A verb of the question ("perform", "attended"): often paraphrased in the reports. */
  verb: boolean;
};

export type QuestionProfile = {
  question: string;
  types: ReadonlySet<QuestionType>;
  /** Content terms, one per key, in question order. */
  terms: QueryTerm[];
  /** Years the question names ("in 2009"). */
  years: string[];
  /** Other numbers the question names ("Resolution No. 1150"). */
  numbers: string[];
  /** Keys of the thing a "What is X?" question defines. */
  definitionKeys: string[];
  /** Keys of what "how many X" counts (X), empty when the question counts nothing named. */
  countedKeys: string[];
  /** Multi-word names, as keys ("African Capacity-building Centre" → african capac build centr). */
  names: string[][];
};

const NAME_JOINERS = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'to']);

/** Runs of name tokens, allowing "of/on/for/and/the" between two of them. */
function nameRuns(tokens: WordToken[], isName: (t: WordToken, i: number) => boolean): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  tokens.forEach((token, i) => {
    if (isName(token, i)) run.push(token.key);
    else if (!(run.length > 0 && NAME_JOINERS.has(token.norm) && tokens[i + 1] && isName(tokens[i + 1], i + 1))) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
  });
  if (run.length > 1) runs.push(run);
  return runs;
}

const QUANTITY = [
  /\bhow (?:many|much)\b/,
  /\bwhat (?:(?:was|is|were|are) the )?(?:total |overall |approximate )?(?:number|percentage|proportion|share|amount|portion|figure|rate|size|budget|cost|value|sum)\b/,
  /\bhow (?:large|big|high|long)\b/,
  /\b(?:percentage|per cent|percent|proportion)\b/,
  /^(?:what|how)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?(?:[\w'’-]+\s+)?(?:total|expenditures?|budgets?|costs?|income|amount|figures?)\b/,
];
const WHEN = [/\bwhen\b/, /\b(?:what|which) (?:year|date|month|day|period)\b/, /\bsince when\b/];
const WHO = [
  /\bwho(?:m|se)?\b/,
  /\bwhich (?:organi[sz]ations?|agenc(?:y|ies)|governments?|bod(?:y|ies)|institutions?|partners?|donors?)\b/,
  /\b(?:by|with) (?:which|what) (?:organi[sz]ations?|agenc(?:y|ies)|partners?)\b/,
];
const WHERE = [/\bwhere\b/, /\b(?:what|which) (?:countr(?:y|ies)|cit(?:y|ies)|regions?|places?|locations?)\b/];
const WHY = [
  /\bwhy\b/,
  /\bfor what (?:reason|purpose)\b/,
  /\bwhat (?:is|was|are|were) the (?:reasons?|purposes?|aims?|goals?|objectives?|rationale|motivation)\b/,
  /\bwhat for\b/,
];
const LIST = [
  /^(?:please )?(?:list|name|enumerate|give|identify|outline)\b/,
  /\bwhat (?:are|were) (?:the )?(?:\w+ ){0,3}(?:\w+s)\b/,
  /\b(?:which|what)\b.*\binclud(?:e|es|ed)\b/,
  /^which \w+s\b/,
  /\bwhat (?:kinds?|types?|sorts?|areas|examples|activities|services|objectives|themes|topics|priorities|components|elements|steps|measures|forms)\b/,
];
const DEFINITION = /^(?:what|who) (?:is|are|was|were) (?:the |an? )?(.+?)\??$/;

/** A short phrase with no question word and no verb-like ending: "International Dialogue on Migration". */
function isBareTopic(q: string): boolean {
  const words = q.replace(/[?.!]+$/, '').split(' ').filter(Boolean);
  return words.length > 0 && words.length <= 4 && !/^(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|list|name|tell|give|describe|explain)\b/.test(q);
}

function detectTypes(question: string): Set<QuestionType> {
  const q = question.toLowerCase().replace(/\s+/g, ' ').trim();
  const types = new Set<QuestionType>();
  const test = (patterns: RegExp[], type: QuestionType) => {
    if (patterns.some((p) => p.test(q))) types.add(type);
  };
  test(QUANTITY, 'quantity');
  test(WHEN, 'when');
  test(WHO, 'who');
  test(WHERE, 'where');
  test(WHY, 'why');
  // An amount is not a list, even when asked as "What were the total expenditures?".
  if (!types.has('quantity')) test(LIST, 'list');
  const definition = DEFINITION.exec(q);
  // "What is X?" asks for a definition only when it asks for nothing more specific; so does a bare "X".
  if (definition && definition[1].split(' ').length <= 7 && types.size === 0) types.add('definition');
  if (types.size === 0 && isBareTopic(q)) types.add('definition');
  return types;
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
  tokens.forEach((token, i) => {
    if (!keys.has(token.key) || seen.has(token.key) || token.stop) return;
    if (token.kind === 'word' && token.norm.length < 2) return;
    seen.add(token.key);
    const entity = token.acronym || (token.capitalized && i > 0);
    terms.push({ key: token.key, surface: token.text, kind: token.kind, entity, verb: verbs.has(token.norm) && !entity });
  });
  const years = tokens.filter((t) => t.kind === 'year').map((t) => t.norm);
  const numbers = tokens.filter((t) => t.kind === 'number').map((t) => t.norm);
  const types = detectTypes(question);
  const flat = question.toLowerCase().replace(/\s+/g, ' ').trim();
  const target = types.has('definition') ? (DEFINITION.exec(flat)?.[1] ?? flat) : undefined;
  const definitionKeys = target ? [...contentKeys(tokenize(target))].filter((k) => seen.has(k)) : [];
  const parsed = types.has('quantity') ? parseWhQuestion(question) : null;
  const countedKeys = parsed ? [...contentKeys(tokenize(parsed.whNoun.join(' ')))].filter((k) => seen.has(k)) : [];
  const capital = (t: WordToken, i: number) => t.kind === 'word' && !t.stop && (t.acronym || (t.capitalized && i > 0));
  // "Capacity-building": a word hyphenated to a capitalised one belongs to the name.
  const hyphenated = (t: WordToken, i: number) => i > 0 && capital(tokens[i - 1], i - 1) && t.start === tokens[i - 1].end + 1 && question[t.start - 1] === '-';
  const names = nameRuns(tokens, (t, i) => capital(t, i) || hyphenated(t, i));
  return { question, types, terms, years: [...new Set(years)], numbers: [...new Set(numbers)], definitionKeys, countedKeys, names };
}
