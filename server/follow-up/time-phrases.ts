/**
 * Years in questions: "in 2009", "from 2007 to 2009", "since 2007". A follow-up that names a new year
 * replaces the old one; one that names none inherits it.
 */
import { sourceMention, withoutAttribution } from '../../vectors/query/named-source';
import { PERIOD_PREFIX, YEAR as YEAR_SOURCE } from '../../vectors/query/year-pattern';

// "the post-2015 agenda", "pre-2008 levels" name a period, not when something happened.
const YEAR = new RegExp(String.raw`(?<!${PERIOD_PREFIX})\b${YEAR_SOURCE}\b`, 'gi');
/** A year with its preposition and a second year of a range: "in 2009", "from 2007 to 2009", "the year 2008". */
const TIME_PHRASES = new RegExp(
  String.raw`\b(?:(in|during|for|since|by|from|between|before|after|until|through|of)\s+)?(?:the\s+(?:year|period)\s+)?(?<!${PERIOD_PREFIX})(${YEAR_SOURCE})(?:\s*(?:-|–|to|and|through|or)\s*(${YEAR_SOURCE}))?\b`,
  'gi',
);

/** The first time phrase that is not the year of a report the question names ("IOM's 2010 review of its Strategy"). */
function outsideNamedReport(question: string): RegExpExecArray | null {
  const source = sourceMention(question);
  const phrases = [...question.matchAll(TIME_PHRASES)].filter((m) => !source || m.index + m[0].length <= source.start || m.index >= source.end);
  // "… the World Migration Report 2008 were sold in 2009": a year with its preposition is the time asked about before
  // a bare year, which may end a title.
  return phrases.find((m) => m[1] !== undefined) ?? phrases[0] ?? null;
}

/** The years a text names as times, each once: unlike `yearsNamed`, not the year of a period ("the post-2015 agenda"). */
export function yearsIn(text: string): string[] {
  return [...new Set(text.match(YEAR) ?? [])];
}

/** The years a question asks about: not those of the report it names ("according to IOM's 2010 review …"). */
export function askedYears(question: string): string[] {
  const text = withoutAttribution(question);
  const source = sourceMention(text);
  return yearsIn(source ? `${text.slice(0, source.start)} ${text.slice(source.end)}` : text);
}

/**
 * The question's time phrase with its preposition ("in 2009"); a bare year becomes "in <year>", unless it opens a
 * name ("the 2007 Strategy"); null when there is none.
 */
export function timePhrase(question: string): string | null {
  // "according to the 2010 review of its Strategy" says which report answers, not when.
  const text = withoutAttribution(question);
  const match = outsideNamedReport(text);
  if (!match) return null;
  // A bare year before a name ("under the 2007 Strategy agreement", "the 2013 High-level Dialogue") says which one,
  // not when: nothing to carry over. Before a common noun ("which 2010 crises") it is the time asked about.
  if (!match[1] && /^\s+\p{Lu}/u.test(text.slice(match.index + match[0].length))) return null;
  // "since the Strategy was adopted in 2007" carries over as the period it opens: "since 2007".
  if (match[1]?.toLowerCase() !== 'since' && !match[3] && /\bsince\b(?:\s+\S+){0,7}\s*$/i.test(text.slice(0, match.index))) return `since ${match[2]}`;
  return match[1] ? match[0] : `in ${match[0]}`;
}

/** Puts `phrase` before the question's final punctuation: "… perform?" + "in 2009" → "… perform in 2009?". */
export function appendPhrase(question: string, phrase: string): string {
  const trimmed = question.trim();
  const end = /[?.!]+$/.exec(trimmed)?.[0] ?? '';
  return `${trimmed.slice(0, trimmed.length - end.length)} ${phrase}${end || '?'}`;
}

/**
 * Words that date a question to the present: "today", "currently", "the current count", "At present, …"; lower-case
 * only, or opening the question, so a title keeps its words ("the Migration Today series", "Current Trends in …").
 */
const PRESENT_WORDS = ['at present', 'nowadays', 'these days', 'at the moment', 'today', 'currently', 'presently', 'now'];
const PRESENT_TIME = new RegExp(
  String.raw`\s*(?:\b(?:${PRESENT_WORDS.join('|')})\b,?|\bcurrent\s+|^(?:${PRESENT_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\b,?)`,
  'gu',
);

/**
 * The question asked about other years: its time phrase is replaced ("in 2009" → "in 2008"), or the
 * years are added when it had none. `years` is the follow-up's own expression ("2008", "2008 and 2009").
 */
export function withYears(question: string, years: string): string {
  // "that IOM's 2010 Strategy review cites": the year of the report it names stays; the asked year is added.
  const match = outsideNamedReport(question);
  // "How many migrants live in the world today?" + "And in 2005?": the asked year replaces the present.
  if (!match) return appendPhrase(question.replace(PRESENT_TIME, (word, offset: number) => (offset === 0 ? '' : ' ')).replace(/\s+([?.!,])/g, '$1'), `in ${years}`);
  // A year that modifies a noun ("which 2010 crises", "the 2011 crisis") is swapped where it stands.
  if (!match[1]) return `${question.slice(0, match.index)}${years}${question.slice(match.index + match[0].length)}`;
  const single = !match[3] && /^\d{4}$/.test(years);
  const preposition = single && match[1] ? match[1] : 'in';
  return `${question.slice(0, match.index)}${preposition} ${years}${question.slice(match.index + match[0].length)}`;
}
