import type { Citation } from '../protocol';
import { sourceMention, withoutAttribution } from '../../vectors/query/named-source';
import { questionWords } from '../../vectors/query/word-classes';
import { isPlural, type Antecedent } from './antecedent';
import { names } from './named-antecedents';
import { phrases } from './phrase-antecedents';
import { pluralNounPhrases } from './plural-noun-phrases';

export type { Antecedent };

/** "Under the theme proposed for 2008, in which contexts …": a phrase set before the question by a comma. */
const LEAD_IN = /^((?:under|in|for|at|during|after|before|once|since|with|within|from|as|regarding|concerning|apart from|aside from|besides|other than)\b[^,?]*),\s*(?=(?:what|which|who|whom|whose|when|where|why|how|in|on|at|for|from|by|with|to|do|does|did|is|are|was|were|has|have|had|can|could|will|would)\b)/i;

/** The question without its source ("according to …") and without a lead-in phrase, which it returns apart. */
function withoutAsides(question: string): { question: string; leadIn: string | null } {
  const bare = withoutAttribution(question);
  const lead = LEAD_IN.exec(bare);
  if (!lead) return { question: bare, leadIn: null };
  const rest = bare.slice(lead[0].length);
  return { question: rest.charAt(0).toUpperCase() + rest.slice(1), leadIn: lead[1] };
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

export type AntecedentOptions = {
  /** Older standalone questions of the conversation: a candidate they keep coming back to ranks first. */
  earlier?: string[];
};

/**
 * Candidates for "it"/"they", best first, from a previous standalone question (else its answer's section).
 * Agreement in number comes first, then how often the conversation has come back to the candidate
 * (`earlier`: older standalone questions), then "it/its" prefers names (IOM last) and "they/their"
 * what was counted or acted on.
 */
export function antecedentsOf(asked: string, citations: Citation[], plural: boolean, options: AntecedentOptions = {}): Antecedent[] {
  const { earlier = [] } = options;
  const { question, leadIn } = withoutAsides(asked);
  const words = questionWords(question);
  const phrased = phrases(question, words);
  // A name inside a phrase of the question modifies it: "it" after "the second IDM training session" is the session.
  const named = names(words);
  // "Under the return migration theme proposed for the 2008 IDM, in which contexts …": the lead-in's names come after.
  if (leadIn) named.push(...names(questionWords(leadIn)));
  // "according to IOM's chapter …": its owner is a last resort for "it" ("has it helped …" is IOM).
  const attribution = sourceMention(asked);
  if (attribution && !question.includes(attribution.text)) named.push(...names(questionWords(attribution.text)).filter((n) => n.possessor));
  // With no subject or object phrase to be about ("… did IOM feed into?", "… is MPRP coordinating?"), the question is
  // about what it asks for.
  const otherTopic = [...named, ...phrased].some((a) => a.topic);
  const aboutPhrases = otherTopic ? phrased : phrased.map((p) => (p.asked ? { ...p, topic: true } : p));
  // A name inside what "which X" asks ("Which earlier Council resolution …") modifies it too; an owned phrase
  // ("IOM's flagship World Migration report" in "edition of …") is a thing of its own.
  const within = (name: Antecedent) =>
    aboutPhrases.some((p) => (p.topic || (p.asked && name.kind === 'name')) && p.text !== name.text && p.text.includes(name.text));
  // An owner stays ("IOM's interventions" + "its campaigns"): it is another thing than what it owns.
  const found = [...named.filter((n) => n.possessor || !within(n)), ...aboutPhrases];
  // "they" with nothing plural to stand for: any plural noun phrase of the question ("Does IOM push for irregular
  // migrants to get health care?" + "Why do they avoid clinics?"), rather than IOM.
  if (plural && !found.some((a) => a.plural)) found.push(...pluralNounPhrases(words));
  const section = sectionTitle(citations);
  const recurrence = (a: Antecedent) => earlier.filter((q) => q.toLowerCase().includes(a.text.toLowerCase())).length;
  // "it": the question's topic or a name it mentions, what "what X does IOM give …" asks for, IOM after them, then other
  // phrases, an owner ("the GFMD's") last.
  const singularRank = (a: Antecedent) => (a.possessor ? 3 : a.kind === 'name' ? (a.generic ? 1 : 0) : a.topic ? 0 : a.asked ? 0.5 : 2);
  // "they": what was counted or acted on before where or when ("In how many countries …"); "Which were they?"
  // asks which countries (`requests.ts`).
  const pluralRank = (a: Antecedent) => (a.kind !== 'phrase' ? 1 : a.circumstance ? 0.5 : 0);
  const kindRank = (a: Antecedent) => (plural ? pluralRank(a) : singularRank(a));
  const at = (a: Antecedent) => {
    const k = asked.indexOf(a.text);
    return k < 0 ? asked.length : k;
  };
  const ordered = found
    .map((a) => ({ a, agrees: a.plural === plural ? 0 : 1, recurs: recurrence(a), kind: kindRank(a), at: at(a) }))
    .sort((x, y) => x.agrees - y.agrees || y.recurs - x.recurs || x.kind - y.kind || x.at - y.at)
    .map((x) => x.a);
  return section ? [...ordered, section] : ordered;
}
