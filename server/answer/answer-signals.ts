import { COUNT_WORDS, MONTHS, SCALE_WORDS } from './text/stop-words';
import { isPartyPlural } from '../../vectors/lexical/party-nouns';
import { placeKind, placesIn } from '../../vectors/lexical/places';
import { PERCENT_KEY, type WordToken } from './text/word-tokens';
import { YEAR } from '../../vectors/query/year-pattern';

/** Plain-text cues of what kind of answer a sentence gives. Token offsets are those of one text. */

const REASON =
  /\b(?:because|in order to|so as to|so that|due to|owing to|as a result|with a view to|in (?:an effort|an attempt|a bid|response) to|with the (?:aim|intention) of|aim(?:s|ed|ing)? (?:to|at)|purpose|objective|goal|designed to|intended to|seeks? to|serves? to|reason|thereby|to (?:help|ensure|promote|facilitate|enable|support|reduce|improve|strengthen|address|provide|assist|prevent|mitigate|enhance|build|maximi[sz]e|minimi[sz]e|contribute|make))\b/i;
const ORGANISATION =
  /\b(?:Government|Ministry|Organi[sz]ation|Council|Office|Institute|Foundation|Bank|Commission|Agency|Department|Committee|Union|Programme|Fund|University|Centre|Center)\b|\b[A-Z]{2,}s?\b/;
const COPULA = new Set(['is', 'are', 'was', 'were', 'refers', 'means', 'constitutes', 'remains']);

export const givesReason = (text: string) => REASON.test(text);

const SOURCE = /(?:https?:\/\/|\bwww\.)|\b(?:can be (?:found|consulted|accessed|downloaded)|(?:is|are) (?:available|accessible)|available (?:at|on|from|in|through)|published (?:in|as|by|on)|posted on|issued as|appeared in)\b/i;
/** Says where something can be read: a web address, "can be found in …", "published in …". */
export const pointsToSource = (text: string) => SOURCE.test(text);

/**
 * What a meeting or a study concluded, found or recommended: "concluded that", "recommends", "the experts agreed …"; not
 * "findings", "outcomes" or "results", which as often only name them ("The findings of the study were published …").
 */
const FINDING =
  /\b(?:conclu\w*|found|finds?|recommend\w*|show(?:s|ed|n)?|reveal\w*|indicat\w*|suggest\w*|highlight\w*|stress\w*|underlin\w*|emphasi[sz]\w*|agree[sd]?|agreed on|not(?:ed|es)|observ\w*|confirm\w*|demonstrat\w*|point(?:s|ed)? out|call(?:s|ed)? (?:for|on|upon)|urg\w*|propos\w*|identif\w*|decid\w*|decisions?|resolv\w*|should|must)\b/i;
export const statesFinding = (text: string) => FINDING.test(text);
export const namesOrganisation = (text: string) => ORGANISATION.test(text);
export const isMonth = (t: WordToken | undefined) => t !== undefined && t.capitalized && MONTHS.has(t.norm);

/** A figure: a number that is neither a year nor a day of a month, or an amount word ("million", "half", "per cent"). */
function isFigure(tokens: WordToken[], i: number): boolean {
  const token = tokens[i];
  if (token.kind === 'word') return SCALE_WORDS.has(token.norm) || token.key === 'percent';
  if (token.kind !== 'number') return false;
  // "6 July", "July 6", "18 and 19 June", "18-19 June"
  const dayOfMonth =
    /^\d{1,2}$/.test(token.norm) &&
    (isMonth(tokens[i + 1]) || isMonth(tokens[i - 1]) || (tokens[i + 1]?.norm === 'and' && isMonth(tokens[i + 3])) || (tokens[i + 1]?.kind === 'number' && /^\d{1,2}$/.test(tokens[i + 1].norm) && isMonth(tokens[i + 2])));
  return !dayOfMonth;
}

const isPlural = (t: WordToken) => t.kind === 'word' && /[^s]s$/.test(t.norm);

/** Two tokens with only a space between them: still one phrase. */
function isAdjacent(a: WordToken, b: WordToken): boolean {
  return b.start - a.end <= 1 && b.kind === 'word';
}

const CURRENCY = String.raw`(?:USD|US\$|\$|€|£|EUR|CHF|dollars?|euros?|(?:Swiss )?francs?|pounds? sterling)`;
const MONEY_AMOUNT = new RegExp(String.raw`${CURRENCY}\s?\d|\d(?:[\d,.]*\d)?(?:\s(?:million|billion|thousand))?\s${CURRENCY}`, 'i');

/** An amount of money: a figure with a currency ("USD 1 billion", "CHF 500,000", "2 million euros"). */
export const statesMoney = (text: string) => MONEY_AMOUNT.test(text);

const PERIOD = new RegExp(String.raw`\b${YEAR}\s*(?:to|until|through|–|—|-)\s*(?:${YEAR}|\d\d)\b|\b(?:since|from)\s+(?:\p{L}+\s+)?${YEAR}\b`, 'u');
/** A period of time: "2007 to 2010", "2009–2013", "since 1979", "from June 2005". */
export const statesPeriod = (text: string) => PERIOD.test(text);

/** A number that is part of a document symbol ("SCPF/12", "MC/INF/302", "A/RES/61/208"): a name, not an amount. */
const inSymbol = (text: string, token: WordToken) => text[token.start - 1] === '/' || text[token.end] === '/';

/**
 * A list enumerator, "(1) the voluntary return … (2) …": it numbers an item, it counts nothing. A bracketed number
 * counts ("registered (45) in the database") unless the next or previous number is bracketed in the same text.
 */
function isEnumerator(text: string, token: WordToken): boolean {
  if (!/^\d{1,2}$/.test(token.norm) || text[token.start - 1] !== '(' || text[token.end] !== ')') return false;
  const n = Number(token.norm);
  return text.includes(`(${n + 1})`) || (n > 1 && text.includes(`(${n - 1})`));
}

/** After "including" or "of which", with no noun of its own, a count word counts the noun named before it. */
function countsElided(tokens: WordToken[], i: number, isCounted: (t: WordToken) => boolean): boolean {
  const before = tokens[i - 1]?.norm;
  const partitive = before === 'including' || (before === 'which' && tokens[i - 2]?.norm === 'of');
  const next = tokens[i + 1];
  const nounless = next === undefined || next.stop || next.kind === 'year';
  return partitive && nounless && tokens.slice(Math.max(0, i - 10), i).some(isCounted);
}

/** A share ("45 per cent", "45%", "ninety-seven per cent"): the per cent itself, or the figure right before it. */
function isShare(tokens: WordToken[], i: number): boolean {
  const next = tokens[i + 1]?.norm === 'per' ? tokens[i + 2] : tokens[i + 1];
  return tokens[i].key === PERCENT_KEY || next?.key === PERCENT_KEY;
}

/**
 * Whether the tokens state an amount, whether one sits next to the thing counted, and whether the only amount is a
 * share that was not asked for (`share`).
 */
export type Amounts = { stated: boolean; nearTerm: boolean; share?: boolean };

/**
 * The amounts of the tokens; `text` is what their offsets refer to. Without `shares`, a share is no count of what it
 * is a share of: "Ninety-seven per cent of IOM staff …" does not say how many staff there are, so it is reported
 * apart (`share`), an answer only when nothing states a count.
 */
export function amounts(tokens: WordToken[], counted: ReadonlySet<string>, text: string, shares = true): Amounts {
  let stated = false;
  let share = false;
  const isCounted = (t: WordToken) => t.kind === 'word' && counted.has(t.key);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!shares && isShare(tokens, i)) {
      share = true;
      continue;
    }
    // Spelled-out counts state an amount only before the thing counted, as the head of the phrase:
    // "two intersessional workshops each year", not "two expert seminars".
    if (token.kind === 'word' && COUNT_WORDS.has(token.norm)) {
      const after = tokens.slice(i + 1, i + 4);
      // The counted word ends the noun phrase, or is a plural head ("six priority areas provide …").
      const heads = (t: WordToken, k: number) =>
        isCounted(t) && (after[k + 1] === undefined || after[k + 1].stop || !isAdjacent(t, after[k + 1]) || (isPlural(t) && !isCounted(after[k + 1])));
      if (after.some(heads)) return { stated: true, nearTerm: true };
      // "several studies on remittance corridors, including two in 2010": the counted noun before, elided after.
      if (countsElided(tokens, i, isCounted)) return { stated: true, nearTerm: true };
      // "two migration experts": an amount of something, though not of what the question names.
      if (after.slice(0, 2).some((t) => t.kind === 'word' && !t.stop && isPlural(t))) stated = true;
      continue;
    }
    if (!isFigure(tokens, i) || inSymbol(text, token) || isEnumerator(text, token)) continue;
    stated = true;
    if (tokens.slice(Math.max(0, i - 6), i + 7).some(isCounted)) return { stated, nearTerm: true };
  }
  return { stated, nearTerm: false, ...(share && !stated ? { share } : {}) };
}

/** Where the text quotes something (a title, a name): start and end offsets, quotation marks included. */
const quotedSpans = (text: string) => [...text.matchAll(/["“][^"”]*["”]/g)].map((m) => [m.index, m.index + m[0].length] as const);

/**
 * The tokens with each quoted title cut to its first word ("the second intersessional workshop, “Making Global Labour
 * Mobility a Catalyst for Development”, scheduled for 8-9 October 2007"): a title is one name, however long.
 */
function titlesAsOneWord(tokens: WordToken[], text: string): WordToken[] {
  const titles = quotedSpans(text).map(([from, to]) => ({ from, to }));
  if (titles.length === 0) return tokens;
  // Tokens are in text order: keep a title's first word, drop the rest of it.
  const kept = new Set<(typeof titles)[number]>();
  return tokens.filter((t) => {
    const title = titles.find(({ from, to }) => t.start > from && t.end <= to);
    if (!title) return true;
    if (kept.has(title)) return false;
    kept.add(title);
    return true;
  });
}

/**
 * A year or month (other than the `known` years) within a few words of a word of the question, a quoted title
 * counting as one word: the date is about what was asked.
 */
export function dateNearTerm(allTokens: WordToken[], questionKeys: ReadonlySet<string>, known: ReadonlySet<string> = new Set(), text?: string): boolean {
  const tokens = text === undefined ? allTokens : titlesAsOneWord(allTokens, text);
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i].kind !== 'year' || known.has(tokens[i].norm)) && !isMonth(tokens[i])) continue;
    if (tokens.slice(Math.max(0, i - 10), i + 11).some((t) => t.kind === 'word' && questionKeys.has(t.key))) return true;
  }
  return false;
}

/** Capitalised words and acronyms that the question does not already contain. */
export function properNames(tokens: WordToken[], questionKeys: ReadonlySet<string>): WordToken[] {
  return tokens.filter(
    (t, i) => t.kind === 'word' && (t.acronym || (t.capitalized && i > 0)) && !t.stop && !isMonth(t) && !questionKeys.has(t.key),
  );
}

/**
 * A kind of person or organisation the sentence names and the question does not, rare in the reports: "governments and
 * private recruiters", "IOM trained media professionals and journalism students", "participation of … independent
 * migration experts". Who did something is often described, not named; "migrants" or "governments" alone, which most
 * passages mention, say nothing particular.
 */
export function describesParty(tokens: WordToken[], questionKeys: ReadonlySet<string>, isRare: (key: string) => boolean): boolean {
  return tokens.some(
    (t, i) => t.kind === 'word' && !t.capitalized && !t.stop && !questionKeys.has(t.key) && isRare(t.key) && isPartyPlural(t.norm) && !afterSubject(tokens, i),
  );
}

const SUBJECT_PRONOUNS = new Set(['it', 'which', 'who', 'that', 'he', 'she']);
/** "IOM advocates …", "which hosts …": an "-s" word right after a name or a pronoun is its verb, not a plural. */
const afterSubject = (tokens: WordToken[], i: number) => i > 0 && (tokens[i - 1].capitalized || tokens[i - 1].acronym || SUBJECT_PRONOUNS.has(tokens[i - 1].norm));

/**
 * The agent of one of the question's verbs, named after "by" ("endorsed by IOM Member States", "funded by the
 * Government of Italy"): who did it, however often the reports name them. Not a name the question already gives.
 */
export function namesAgent(tokens: WordToken[], verbKeys: ReadonlySet<string>, questionKeys: ReadonlySet<string>): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !verbKeys.has(tokens[i].key) || tokens[i + 1].norm !== 'by' || !isAdjacent(tokens[i], tokens[i + 1])) continue;
    const agent = tokens[i + 2].norm === 'the' ? tokens[i + 3] : tokens[i + 2];
    if (agent && agent.kind === 'word' && (agent.capitalized || agent.acronym) && !questionKeys.has(agent.key)) return true;
  }
  return false;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'throughout', 'within', 'between']);
/** A part of a place named by its direction or kind: "southern Mexico", "rural Ethiopia". */
const COMPASS = /^(?:(?:north|south)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?|east(?:ern)?|west(?:ern)?|central|coastal|rural|urban)$/;

/**
 * A place the sentence names that the question does not: a capitalised word (not a month) after "in", "at",
 * "from" … ("held in Geneva", "fieldwork carried out in Albania, Romania and Russia", "at IOM Headquarters").
 */
export function namesPlace(text: string, tokens: WordToken[], questionKeys: ReadonlySet<string>): boolean {
  const isPlace = (t: WordToken | undefined) => t !== undefined && t.kind === 'word' && t.capitalized && !t.stop && !isMonth(t) && !questionKeys.has(t.key);
  for (let i = 1; i < tokens.length; i++) {
    // "in the Sudan", "in southern Mexico", "in the north-eastern Balkans"
    let k = tokens[i].norm === 'the' ? i + 1 : i;
    if (tokens[k] !== undefined && COMPASS.test(tokens[k].norm)) k++;
    if (PLACE_PREPOSITIONS.has(tokens[i - 1].norm) && isPlace(tokens[k])) return true;
  }
  // "in 2009 (Thailand)": a place in brackets.
  return /\(\s*(?:the\s+)?\p{Lu}\p{Ll}/u.test(text) && tokens.some(isPlace);
}

/** "X is …", "X (ACR) is …", "X, which …": says what the defined thing is; `opens` when X leads the sentence. */
export function definesTarget(text: string, tokens: WordToken[], target: ReadonlySet<string>): { defines: boolean; opens: boolean } {
  if (target.size === 0) return { defines: false, opens: false };
  // Where the target is first named in full (within the first 25 words).
  const seen = new Set<string>();
  let last = -1;
  for (let i = 0; i < Math.min(tokens.length, 25) && last < 0; i++) {
    if (target.has(tokens[i].key)) seen.add(tokens[i].key);
    if (seen.size === target.size) last = i;
  }
  if (last < 0) return { defines: false, opens: false };
  let next = last + 1;
  while (next < tokens.length && tokens[next].acronym) next++;
  const following = tokens[next];
  const appositive = following !== undefined && following.norm === 'which' && /,\s*$/.test(text.slice(tokens[next - 1].end, following.start));
  const defines = following !== undefined && (COPULA.has(following.norm) || appositive);
  const first = tokens.findIndex((t) => target.has(t.key));
  return { defines, opens: defines && first <= 2 };
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Ambassador|Minister|Judge|Sir|Dame)$/;
/** Words that make a capitalised run the name of a body, event, document or place rather than of a person. */
const NOT_PERSON =
  /^(?:Government|Ministry|Organi[sz]ation|Council|Office|Institute|Foundation|Bank|Commission|Agency|Department|Committee|Union|Programme|Program|Fund|University|Centre|Center|Board|Forum|Group|Conference|Dialogue|Process|Initiative|Network|Secretariat|Division|Unit|Service|Services|Bureau|Association|Assembly|Report|Declaration|Convention|Partnership|Consultation|Meeting|Workshop|Seminar|Strategy|Framework|Plan|Project|Account|Facility|Matrix|Database|Migration|Development|International|Global|Regional|National|United|Nations|States|Republic|Kingdom|Member|General|Director|Chairperson|Chair|President|Secretary|Special|Representative|Press|Agreement|Borders|Court|Parliament|Police|Law|Act)$/;

/** Maximal runs [start, end) of tokens that `accept`, each joined to the one before by a gap in `text` that `gap` matches. */
function runsOf(tokens: WordToken[], text: string, accept: (t: WordToken) => boolean, gap: RegExp): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!accept(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && accept(tokens[j]) && gap.test(text.slice(tokens[j - 1].end, tokens[j].start))) j++;
    runs.push([i, j]);
    i = j - 1;
  }
  return runs;
}

/** A space or hyphen between two words of one name ("Al-Hajjaji"); for a person, also an initial's stop ("H.E. Mrs"). */
const NAME_GAP = /^[ -]?$/;
const PERSON_GAP = /^(?:[ -]?|\. )$/;

/**
 * A person's name the question does not give: an honorific and a capitalised word ("Ambassador Swing"), or a run of
 * two or more capitalised words, rare in the reports, none of which names a body, event or post ("Najat Al-Hajjaji"),
 * outside quotation marks. `text` is the text the token offsets refer to; `isRare` says whether a word's key is rare.
 */
export function namesPerson(text: string, tokens: WordToken[], questionKeys: ReadonlySet<string>, isRare: (key: string) => boolean): boolean {
  const quoted = quotedSpans(text);
  const inQuotes = (t: WordToken) => quoted.some(([from, to]) => t.start >= from && t.end <= to);
  const capital = (t: WordToken) => t.kind === 'word' && t.capitalized && !isMonth(t) && !inQuotes(t);
  const nameWord = (t: WordToken) => !t.acronym && !t.stop && !NOT_PERSON.test(t.text) && !questionKeys.has(t.key) && isRare(t.key);
  for (const [start, end] of runsOf(tokens, text, capital, PERSON_GAP)) {
    const run = tokens.slice(start, end);
    for (let k = 1; k < run.length; k++) {
      if (HONORIFIC.test(run[k - 1].text) && !questionKeys.has(run[k].key) && !NOT_PERSON.test(run[k].text)) return true;
    }
    const after = tokens[end];
    // "Viet Nam", or a run followed by its country ("Puerto Vallarta, Mexico"), is a place.
    const place =
      placesIn(run.map((t) => t.text)).length > 0 ||
      (after !== undefined && text.slice(run[run.length - 1].end, after.start) === ', ' && placeKind(after.text) === 'country');
    // "the 2010 Puerto Vallarta discussions": a name after a number is what something is named for, not a person.
    const afterNumber = start > 0 && tokens[start - 1].kind !== 'word';
    if (run.length >= 2 && run.every(nameWord) && !place && !afterNumber) return true;
  }
  return false;
}

/**
 * Whether the sentence may say which city: it names a place the question does not that is not only a country or
 * region ("in 2013 (Peru)" names a country, not the city): a city WordNet knows, or an unknown name after "in" or
 * "at" ("held in Puerto Vallarta"). `text` is the text the token offsets refer to.
 */
export function mayNameCity(text: string, tokens: WordToken[], questionKeys: ReadonlySet<string>): boolean {
  const name = (t: WordToken) => t.kind === 'word' && t.capitalized && !t.stop && !t.acronym && !isMonth(t) && !questionKeys.has(t.key);
  return runsOf(tokens, text, name, NAME_GAP).some(([start, end]) => {
    const places = placesIn(tokens.slice(start, end).map((t) => t.text));
    if (places.some((p) => p.kind === 'city' || p.kind === 'place')) return true;
    return places.length === 0 && start > 0 && (tokens[start - 1].norm === 'in' || tokens[start - 1].norm === 'at');
  });
}
