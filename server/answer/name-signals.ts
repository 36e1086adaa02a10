import { isPartyPlural } from '../../vectors/lexical/party-nouns';
import { placeKind, placesIn } from '../../vectors/lexical/places';
import { quotedSpans } from './text/quoted-spans';
import { isAdjacent, isMonth, type WordToken } from './text/word-tokens';

/** Whether a sentence names what "who", "where" and "which city" ask for: a person, a place, an agent, a party. */

const ORGANISATION =
  /\b(?:Government|Ministry|Organi[sz]ation|Council|Office|Institute|Foundation|Bank|Commission|Agency|Department|Committee|Union|Programme|Fund|University|Centre|Center)\b|\b[A-Z]{2,}s?\b/;
export const namesOrganisation = (text: string) => ORGANISATION.test(text);

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
