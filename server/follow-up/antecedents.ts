import { AUXILIARIES, BE_AUX, COMMON_VERBS, HAVE_AUX, NAME_CONNECTORS, PARTICLES, parseWhQuestion, passiveParticipleAt, questionWords, splitSubject, PREPOSITIONS, WH_WORDS, DO_AUX, isVerbLike, datesNoun, nounTakenForVerb, verbalSplit } from '../../vectors/query/question-grammar';
import { toEmbeddedClause } from '../../vectors/query/embedded-clause';
import { placeForms } from '../../vectors/lexical/demonyms';
import { placesIn } from '../../vectors/lexical/places';
import { IRREGULAR_PAST_FORMS } from '../../vectors/query/verb-forms';
import { MONTHS, QUESTION_STOP_WORDS } from '../answer/text/stop-words';
import type { Citation } from '../protocol';
import { requestedTopic } from './requests';
import { sourceMention, withoutAttribution } from '../../vectors/query/named-source';

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
  /** What "in/at/during which X" sets, where or when, not what the question is about ("In how many countries …"). */
  circumstance?: boolean;
  /**
   * What "how many / which X" counted or asked for, with the rest of its question: "people that went through IOM's
   * migrant training in 2009". A bare "the people" would lose which people "How many of them were women?" means.
   */
  described?: string;
};

/** "kinds of training", "most of IOM's interventions": the phrase is what comes after "of". */
const PART_OF = /^(?:kinds?|types?|sorts?|forms?|most|some|all|many|each|any|none|several|few|much|part|half)$/i;
const GENERIC = /^(?:IOM|the Organi[sz]ation|International Organi[sz]ation for Migration)$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those']);
const ADVERBS = /^(?:\p{L}+ly|first|also|again|already|ever|still|now|then|later|since|once|together|up|out|off)$/u;

/** Not a stop word; "report" and "document" are search stop words ("according to the report") but nouns here. */
const isContentWord = (word: string) => !QUESTION_STOP_WORDS.has(word) || /^(?:report|document)s?$/.test(word);
const clean = (word: string) => word.replace(/^[("“‘]+|[)"”’,;:]+$/g, '');
/** "Mexican", "Dutch": a word with place forms that is no place itself. */
const isDemonym = (word: string) => placeForms(word).length > 0 && placesIn([word]).length === 0;
const isAcronym = (word: string) => /^\p{Lu}{2,}s?$/u.test(word);
const isName = (word: string) => /^[\p{Lu}\d]/u.test(word) && /\p{L}/u.test(word);
const isPlural = (text: string) => /(?:[^s']s|\p{Lu}s)$/u.test(text) && !/(?:ss|us|is)$/.test(text);

function phrase(words: string[], kind: Antecedent['kind']): Antecedent | null {
  let list = words.map(clean).filter(Boolean);
  const article = list.length > 0 && list[0].toLowerCase() === 'the';
  while (list.length > 0 && DETERMINERS.has(list[0].toLowerCase())) list = list.slice(1);
  // "kinds of training" is training, one thing; "most of IOM's interventions" are the interventions; "to inform
  // migrants" is no noun phrase at all.
  if (list.length > 2 && PART_OF.test(list[0]) && list[1].toLowerCase() === 'of') list = list.slice(2);
  if (list[0]?.toLowerCase() === 'to') return null;
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

/** Capitalised runs ("Bali Process", "International Dialogue on Migration", "IDM"), not the question's first word. */
function names(words: string[]): Antecedent[] {
  const out: Antecedent[] = [];
  let i = 0;
  while (i < words.length) {
    const word = clean(words[i]);
    // The question's first word opens a name only before another name word, and never when it is an auxiliary or a
    // wh-word ("Does IOM …", "Is PLURAL+ …").
    const first = i === 0 && !/^\p{Lu}{2,}/u.test(word) && (!(words[1] && isName(clean(words[1]))) || AUXILIARIES.has(word.toLowerCase()));
    // "the 1035 Facility", "IOM's 2013 International Dialogue": a number after an article or owner opens the name.
    const numberOpens = /^\d+$/.test(word) && i > 0 && /^(?:the|\S+['’]s)$/i.test(clean(words[i - 1])) && words[i + 1] !== undefined && isName(clean(words[i + 1]));
    if ((!isName(word) && !numberOpens) || first || WH_WORDS.has(word.toLowerCase()) || MONTHS.has(word.toLowerCase())) {
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
    // A lone place adjective before a noun ("Mexican government body") modifies it: the phrase is the antecedent.
    const next = words[j] === undefined ? '' : clean(words[j]);
    if (j === i + 1 && isDemonym(word) && /^\p{Ll}/u.test(next) && !QUESTION_STOP_WORDS.has(next) && !PREPOSITIONS.has(next)) {
      i = j;
      continue;
    }
    // "its Migration Research and Policy Programme" is "the …" when it stands on its own.
    const withArticle = i > 0 && /^(?:the|its|their|our)$/.test(clean(words[i - 1]).toLowerCase()) ? ['the', ...words.slice(i, j)] : words.slice(i, j);
    const found = phrase(withArticle, 'name');
    const owner = /['’]s$/.test(clean(words[j - 1]));
    if (found && !/^\d+$/.test(found.text)) out.push(owner ? { ...found, possessor: true } : found);
    // "IOM's latest publications catalogue": what is owned is what the question is about.
    if (owner) {
      let k = j;
      // The owned noun phrase runs on through names and "and" ("IOM's flagship World Migration report", "IOM's
      // research and policy programme") up to a preposition, a question word or a verb.
      const common = (w: string) => /^[\p{Ll}\d]/u.test(w) && !PREPOSITIONS.has(w) && isContentWord(w) && !COMMON_VERBS.has(w) && !IRREGULAR_PAST_FORMS.has(w);
      // "IOM's 2010 review": after a year, a word that can be a verb is the noun it dates.
      const datedNoun = (at: number) => /^\p{Ll}+$/u.test(clean(words[at])) && !PREPOSITIONS.has(clean(words[at])) && datesNoun(words.map(clean), at - 1);
      while (k < words.length) {
        const w = clean(words[k]);
        if (common(w) || datedNoun(k) || (isName(w) && !WH_WORDS.has(w.toLowerCase()) && !/['’]s$/.test(w))) k++;
        else if (k > j && w === 'and' && words[k + 1] !== undefined && common(clean(words[k + 1]))) k++;
        else break;
      }
      // A name alone after the owner ("IOM's Migration Profiles") is a name, not an owned phrase: it needs a common head,
      // and more than a year ("IOM's 2010").
      while (k > j && !common(clean(words[k - 1])) && !datedNoun(k - 1)) k--;
      const yearOnly = k === j + 1 && /^\d+$/.test(clean(words[j]));
      const owned = k > j && !yearOnly ? phrase(words.slice(i, k), 'phrase') : null;
      if (owned && !ADVERBS.test(clean(words[k - 1]))) out.push({ ...owned, topic: true });
    }
    i = j;
  }
  return out;
}

/** Where "the Y of X" splits, so "them" can be the X; not inside a name ("UN Alliance of Civilizations"). */
const ofSplit = (words: string[]) => words.findIndex((w, k) => w.toLowerCase() === 'of' && k > 0 && /^\p{Ll}/u.test(words[k - 1]));

/**
 * "… is IOM the global lead of the camp management cluster?": after be, a name followed by an article is the subject
 * and what it is said to be comes after it, a phrase of its own, not "IOM the global lead".
 */
function predicateNoun(rest: string[], aux: string): string[] | null {
  if (!BE_AUX.has(aux)) return null;
  let k = 0;
  while (k < rest.length && (isName(clean(rest[k])) || (k > 0 && NAME_CONNECTORS.has(rest[k].toLowerCase()) && isName(clean(rest[k + 1] ?? ''))))) k++;
  return k > 0 && k < rest.length - 1 && /^(?:the|a|an)$/i.test(rest[k]) ? rest.slice(k) : null;
}

/** "In which countries", "for which year": a wh-phrase after one of these sets where or when, and is no topic. */
const SETTING_PREPOSITION = /^(?:in|at|on|during|for|since|until|within|across|throughout)$/i;

/**
 * The subject, verb and what follows of "… did <subject> <verb> …": the grammar's split, repaired where it took a
 * preposition for the verb ("the experts at the Bangkok seminar analyse": the verb is the next verb-like word, or
 * the last word).
 * `preposition` is where the subject's own preposition stands, or -1.
 */
function subjectAndVerb(rest: string[]): { subject: string[]; verb: string; tail: string[]; preposition: number } | null {
  const split = splitSubject(rest);
  // "does the 2007 resolution adopting IOM's Strategy call to mind", "does IOM's 2010 review of its Strategy expect":
  // "resolution" and "review" are no verbs.
  const sv = split && nounTakenForVerb(rest, split) ? verbalSplit(rest) : split;
  if (!sv) return null;
  // "… take part in the major RCPs": "part" is no object, what the preposition governs is.
  if (/^t(?:ake|akes|ook|aking)$/i.test(sv.verb) && /^(?:part|place)$/i.test(sv.tail[0] ?? '')) return { ...sv, tail: sv.tail.slice(1), preposition: -1 };
  if (!PREPOSITIONS.has(sv.verb.toLowerCase())) return { ...sv, preposition: -1 };
  const at = sv.subject.length;
  const found = rest.findIndex((w, k) => k > at + 1 && /^\p{Ll}/u.test(w) && isVerbLike(w));
  // A verb the list does not know ("analyse") ends a question that has no object.
  const verb = found > 0 ? found : rest.length > at + 2 && /^\p{Ll}/u.test(rest[rest.length - 1]) ? rest.length - 1 : -1;
  return verb < 0 ? null : { subject: rest.slice(0, verb), verb: rest[verb], tail: rest.slice(verb + 1), preposition: at };
}

/** Noun phrases the question is about: what "how many X" counts, what "What is X" defines, "the Y of X". */
function phrases(question: string, words: string[]): Antecedent[] {
  const out: Antecedent[] = [];
  const add = (words: string[], topic = false, asked = false, circumstance = false, described: string | null = null) => {
    // "Who is on the Bali Process steering group?": the phrase is what the preposition governs.
    const governs = words.length > 2 && PREPOSITIONS.has(words[0].toLowerCase()) && (DETERMINERS.has(words[1].toLowerCase()) || isName(clean(words[1])));
    const list = governs ? words.slice(1) : words;
    const upTo = list.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w.toLowerCase()) && w.toLowerCase() !== 'of');
    const found = phrase(upTo > 0 ? list.slice(0, upTo) : list, 'phrase');
    const meaningful = found && found.text.split(/\s+/).some((w) => isContentWord(w.toLowerCase()));
    if (!found || !meaningful || !/\p{Ll}/u.test(found.text)) return;
    // A topic ends on a common noun ("the second IDM training session"), not on an adverb ("IOM first"), and is
    // no prepositional phrase ("in 2009").
    const head = found.text.split(/\s+/);
    const of = head.findIndex((w) => w.toLowerCase() === 'of');
    const last = head[(of > 0 ? of : head.length) - 1];
    const nounPhrase = !PREPOSITIONS.has(head[0].toLowerCase()) && /^\p{Ll}/u.test(last) && isContentWord(last) && !ADVERBS.test(last);
    const marked = circumstance ? { ...found, circumstance } : described && found.text === words.join(' ') ? { ...found, described } : found;
    out.push(topic && nounPhrase ? { ...marked, topic: true } : asked && nounPhrase ? { ...marked, asked: true } : marked);
  };
  const parsed = parseWhQuestion(question);
  if (parsed) {
    // What "which/what X did …" asks about, with its "of …" ("Which edition of IOM's flagship report …"); not "In
    // which country …", which only sets where, nor "how many X", which counts, nor the subject of "Which agency
    // co-chairs the Diversity Initiative?", whose object is what it is about.
    const whWord = parsed.wh[0].toLowerCase();
    const asked = parsed.prefix.length === 0 && parsed.aux !== null && (whWord === 'which' || whWord === 'what');
    if (parsed.whNoun.length > 0) add(parsed.whNoun, false, asked, SETTING_PREPOSITION.test(parsed.prefix.at(-1) ?? ''), describedWhNoun(question, parsed));
    const aux = parsed.aux?.toLowerCase();
    const rest = parsed.rest;
    const participle = aux ? passiveParticipleAt(rest) : -1;
    // "Which organizations put on …?", "Which States have ratified …?": the wh-noun is the subject, the verb opens the rest.
    const whSubject = parsed.whNoun.length > 0 && rest.length > 1 && /^\p{Ll}/u.test(rest[0]) && isVerbLike(rest[0]);
    // "… has IOM given its courses to migrants?": an active participle with its object reads like a verb after do.
    const activePerfect = aux !== undefined && HAVE_AUX.has(aux) && participle < 0;
    if (aux && !DO_AUX.has(aux) && !activePerfect) {
      // "Which workshop was held in 2005 …?": the participle opens the rest, so the wh-noun is the subject.
      const predicate = participle < 0 ? predicateNoun(rest, aux) : null;
      // "When will the workshop be held?": the subject ends before "be" (and "have been" after a modal).
      const beforeParticiple = participle > 0 ? rest.slice(0, participle) : [];
      while (beforeParticiple.length > 1 && /^(?:be|been|have)$/i.test(beforeParticiple.at(-1)!)) beforeParticiple.pop();
      const subject = participle === 0 ? parsed.whNoun : participle > 0 ? beforeParticiple : predicate ?? rest;
      const of = ofSplit(subject);
      if (of > 0) add(subject.slice(of + 1));
      // What a name is said to be ("IOM the global lead of …") is no topic: "it" is still the name.
      add(subject, predicate === null);
    } else if (aux && !(activePerfect && whSubject)) {
      const sv = subjectAndVerb(rest);
      if (sv && sv.tail.length > 0) {
        // "… help open an emergency transit centre": a bare verb before the object's article is a second verb.
        // So is any verb after "help" ("has it helped conclude bilateral labour agreements").
        const bare = /^\p{Ll}/u.test(sv.tail[0]) && !PREPOSITIONS.has(sv.tail[0]);
        const secondVerb = bare && ((sv.tail.length > 2 && DETERMINERS.has(sv.tail[1].toLowerCase())) || (sv.tail.length > 1 && /^help/i.test(sv.verb) && isVerbLike(sv.tail[0])));
        const tail = secondVerb ? sv.tail.slice(1) : sv.tail;
        // "… host the meeting of the major RCPs with?": "them" can be the RCPs.
        const of = ofSplit(tail);
        if (of > 0) add(tail.slice(of + 1));
        add(tail, true);
      } else if (sv && sv.preposition > 0) {
        // "What links did the experts at the Bangkok seminar analyse?": no object, so the subject's nouns are what
        // it is about: "they" the experts, "it" the seminar.
        add(sv.subject, true);
        add(sv.subject.slice(sv.preposition + 1), true);
      }
    } else if (whSubject) {
      // The object after the verb and its particles is what the question is about.
      let k = 1;
      while (k < rest.length && (PREPOSITIONS.has(rest[k].toLowerCase()) || PARTICLES.has(rest[k].toLowerCase()))) k++;
      if (k < rest.length) add(rest.slice(k), true);
    }
  }
  const aux = words[0]?.toLowerCase() ?? '';
  const requested = requestedTopic(question);
  if (requested) {
    // "Tell me about the IOM training centre in Tanzania.", "Can you explain the 1035 Facility?": what it asks about.
    add(questionWords(requested), true);
  } else if (!parsed && AUXILIARIES.has(aux) && !BE_AUX.has(aux)) {
    // "Does IOM put out an academic journal on migration?": the object is what it is about, as in a wh-question.
    const sv = subjectAndVerb(words.slice(1));
    // "put out an academic journal": the verb's particle is no part of its object. Only after a named subject ("Do
    // the Member States pay contributions?" is about the States).
    const object = sv ? sv.tail.slice(PARTICLES.has(sv.tail[0]?.toLowerCase() ?? '') ? 1 : 0) : [];
    const named = sv !== null && isName(clean(sv.subject[0] ?? ''));
    // An object, not where ("Does IOM work in Haiti?", "Does IOM take part in the Bali Process?").
    const direct = object.length > 0 && !PREPOSITIONS.has(object[0].toLowerCase());
    if (named && direct) add(object, true);
  }
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  if (of > 0 && out.length === 0) add(words.slice(of + 1));
  return out;
}

/**
 * "How many people went through IOM's migrant training in 2009?" → "people that went through IOM's migrant training in
 * 2009"; "Which countries of origin did IOM help send workers to Canada?" → "countries of origin IOM helped send
 * workers to Canada". Only for a wh-noun that opens the question (not "In which countries …") and a clause of at most
 * 16 words; null otherwise.
 */
function describedWhNoun(question: string, parsed: NonNullable<ReturnType<typeof parseWhQuestion>>): string | null {
  const whWord = parsed.wh[0].toLowerCase();
  if (parsed.prefix.length > 0 || !(whWord === 'which' || whWord === 'what' || (whWord === 'how' && parsed.wh[1]?.toLowerCase() === 'many'))) return null;
  const clause = toEmbeddedClause(question);
  const head = parsed.wh.join(' ');
  if (!clause?.toLowerCase().startsWith(head.toLowerCase())) return null;
  const rest = questionWords(clause.slice(head.length));
  if (rest.length === 0 || rest.length > 16) return null;
  // The wh-noun did what follows ("people went through …"): a relative pronoun joins them.
  const subject = /^\p{Ll}/u.test(rest[0]) && (isVerbLike(rest[0]) || AUXILIARIES.has(rest[0].toLowerCase()));
  return [...parsed.whNoun, ...(subject ? ['that'] : []), ...rest].join(' ');
}

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

/** Runs of lower-case words that end on a plural noun ("irregular migrants"), after a determiner or a preposition. */
function pluralNounPhrases(words: string[]): Antecedent[] {
  const out: Antecedent[] = [];
  for (let end = 1; end < words.length; end++) {
    const head = clean(words[end]);
    if (!/^\p{Ll}+$/u.test(head) || !isPlural(head) || !isContentWord(head)) continue;
    let start = end;
    while (start > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(clean(words[start - 1])) && isContentWord(clean(words[start - 1])) && !PREPOSITIONS.has(clean(words[start - 1])) && !isVerbLike(words[start - 1])) start--;
    const before = clean(words[start - 1] ?? '').toLowerCase();
    if (!PREPOSITIONS.has(before) && !DETERMINERS.has(before)) continue;
    const found = phrase(words.slice(start, end + 1), 'phrase');
    if (found) out.push({ ...found, plural: true });
  }
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
