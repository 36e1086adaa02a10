import { NAME_CONNECTORS, parseWhQuestion, questionWords, splitSubject, PREPOSITIONS, WH_WORDS, DO_AUX } from '../../vectors/query/question-grammar';
import { QUESTION_STOP_WORDS } from '../answer/text/stop-words';
import { isParticiple } from '../../vectors/query/verb-forms';
import type { Citation } from '../protocol';

/** Something a pronoun can stand for: a name or noun phrase from the previous question, or a section title. */
export type Antecedent = {
  text: string;
  /** Written with "the" ("the IDM"). */
  article: boolean;
  plural: boolean;
  kind: 'name' | 'phrase' | 'section';
  /** IOM itself, named in most questions: the last resort for "it". */
  generic: boolean;
};

const GENERIC = /^(?:IOM|the Organi[sz]ation|International Organi[sz]ation for Migration)$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those']);

const clean = (word: string) => word.replace(/^[("“‘]+|[)"”’,;:]+$/g, '');
const isName = (word: string) => /^[\p{Lu}\d]/u.test(word) && /\p{L}/u.test(word);
const isPlural = (text: string) => /(?:[^s']s|\p{Lu}s)$/u.test(text) && !/(?:ss|us|is)$/.test(text);

function phrase(words: string[], kind: Antecedent['kind']): Antecedent | null {
  let list = words.map(clean).filter(Boolean);
  const article = list.length > 0 && list[0].toLowerCase() === 'the';
  while (list.length > 0 && DETERMINERS.has(list[0].toLowerCase())) list = list.slice(1);
  while (list.length > 0 && NAME_CONNECTORS.has(list[list.length - 1].toLowerCase())) list = list.slice(0, -1);
  if (list.length === 0) return null;
  const text = list.join(' ').replace(/['’]s$/, '');
  return { text, article, plural: isPlural(text), kind, generic: GENERIC.test(text) };
}

/** Capitalised runs ("Bali Process", "International Dialogue on Migration", "IDM"), not the question's first word. */
function names(words: string[]): Antecedent[] {
  const out: Antecedent[] = [];
  let i = 0;
  while (i < words.length) {
    const word = clean(words[i]);
    const first = i === 0 && !/^\p{Lu}{2,}/u.test(word) && !(words[1] && isName(clean(words[1])));
    if (!isName(word) || first || WH_WORDS.has(word.toLowerCase())) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      const next = clean(words[j]);
      if (isName(next) && !/['’]s$/.test(clean(words[j - 1]))) j++;
      else if (NAME_CONNECTORS.has(next.toLowerCase()) && words[j + 1] && isName(clean(words[j + 1]))) j++;
      else break;
    }
    const withArticle = i > 0 && clean(words[i - 1]).toLowerCase() === 'the' ? ['the', ...words.slice(i, j)] : words.slice(i, j);
    const found = phrase(withArticle, 'name');
    if (found && !/^\d+$/.test(found.text)) out.push(found);
    i = j;
  }
  return out;
}

/** Noun phrases the question is about: what "how many X" counts, what "What is X" defines, "the Y of X". */
function phrases(question: string, words: string[]): Antecedent[] {
  const out: Antecedent[] = [];
  const add = (list: string[]) => {
    const upTo = list.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w.toLowerCase()) && w.toLowerCase() !== 'of');
    const found = phrase(upTo > 0 ? list.slice(0, upTo) : list, 'phrase');
    const meaningful = found && found.text.split(/\s+/).some((w) => !QUESTION_STOP_WORDS.has(w.toLowerCase()));
    if (found && meaningful && /\p{Ll}/u.test(found.text)) out.push(found);
  };
  const parsed = parseWhQuestion(question);
  if (parsed) {
    if (parsed.whNoun.length > 0) add(parsed.whNoun);
    const aux = parsed.aux?.toLowerCase();
    if (aux && !DO_AUX.has(aux)) {
      const participle = parsed.rest.findIndex((w, k) => k > 0 && isParticiple(w));
      const subject = participle > 0 ? parsed.rest.slice(0, participle) : parsed.rest;
      const of = subject.findIndex((w) => w.toLowerCase() === 'of');
      if (of > 0) add(subject.slice(of + 1));
      add(subject);
    } else if (aux) {
      const sv = splitSubject(parsed.rest);
      if (sv && sv.tail.length > 0) add(sv.tail);
    }
  }
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  if (of > 0 && out.length === 0) add(words.slice(of + 1));
  return out;
}

function sectionTitle(citations: Citation[]): Antecedent | null {
  const title = citations[0]?.sectionPath.at(-1);
  if (!title) return null;
  const text = title
    .replace(/^(?:[IVX]+\.|[A-Za-z]\.?|\d+\.|\(?[a-z]\))\s+/, '')
    .replace(/^Point \d+:\s*/, '')
    .trim();
  return text ? { text, article: false, plural: isPlural(text), kind: 'section', generic: false } : null;
}

/**
 * Candidates for "it"/"they", best first, from a previous standalone question (else its answer's section).
 * Agreement in number comes first, then how often the conversation has come back to the candidate
 * (`earlier`: older standalone questions), then "it/its" prefers names (IOM last) and "they/their"
 * what was counted or acted on.
 */
export function antecedentsOf(question: string, citations: Citation[], plural: boolean, earlier: string[] = []): Antecedent[] {
  const words = questionWords(question);
  const found = [...names(words), ...phrases(question, words)];
  const section = sectionTitle(citations);
  const recurrence = (a: Antecedent) => earlier.filter((q) => q.toLowerCase().includes(a.text.toLowerCase())).length;
  const kindRank = (a: Antecedent) => (plural ? (a.kind === 'phrase' ? 0 : 1) : a.kind === 'name' ? (a.generic ? 1 : 0) : 2);
  const ordered = found
    .map((a, i) => ({ a, i, agrees: a.plural === plural ? 0 : 1, recurs: recurrence(a), kind: kindRank(a) }))
    .sort((x, y) => x.agrees - y.agrees || y.recurs - x.recurs || x.kind - y.kind || x.i - y.i)
    .map((x) => x.a);
  return section ? [...ordered, section] : ordered;
}
