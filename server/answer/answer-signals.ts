import { COUNT_WORDS } from './text/stop-words';
import { quotedSpans } from './text/quoted-spans';
import { isMonth, type WordToken } from './text/word-tokens';
import { YEAR } from '../../vectors/query/year-pattern';

/**
 * Plain-text cues of what kind of answer a sentence gives: a reason, a finding, where to read something, a period, a
 * date near the question's words, a definition. Amounts are in `amount-signals.ts`, names of people, places and
 * parties in `name-signals.ts`. Token offsets are those of one text.
 */

const REASON =
  /\b(?:because|in order to|so as to|so that|due to|owing to|as a result|with a view to|in (?:an effort|an attempt|a bid|response) to|with the (?:aim|intention) of|aim(?:s|ed|ing)? (?:to|at)|purpose|objective|goal|designed to|intended to|seeks? to|serves? to|reason|thereby|to (?:help|ensure|promote|facilitate|enable|support|reduce|improve|strengthen|address|provide|assist|prevent|mitigate|enhance|build|maximi[sz]e|minimi[sz]e|contribute|make))\b/i;
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

/** The counts a length of time may open with, spelled out ("eighteen months", "some years", "a few weeks"). */
const DURATION_COUNTS = [...COUNT_WORDS, 'one', 'hundred', 'several', 'some', 'a few', 'many'].join('|');
/**
 * A length of time or of distance: a figure (no year) or a count word before a unit ("15 years", "eighteen months",
 * "nearly three decades", "some years", "376 km"), or "a decade", "a fortnight"; not a rate ("5,000 migrants a year").
 */
const DURATION = new RegExp(
  String.raw`\b(?:(?!${YEAR}\b)\d(?:[\d,.]*\d)?|${DURATION_COUNTS})(?:[\s-]+[\p{L}-]+)?[\s-]+(?:years?|months?|decades?|weeks?|days?|hours?|centur(?:y|ies)|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\b|\ba (?:decade|fortnight|century)\b`,
  'iu',
);
export const statesDuration = (text: string) => DURATION.test(text);

const PERIOD = new RegExp(String.raw`\b${YEAR}\s*(?:to|until|through|–|—|-)\s*(?:${YEAR}|\d\d)\b|\b(?:since|from)\s+(?:\p{L}+\s+)?${YEAR}\b`, 'u');
/** A period of time: "2007 to 2010", "2009–2013", "since 1979", "from June 2005". */
export const statesPeriod = (text: string) => PERIOD.test(text);


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
