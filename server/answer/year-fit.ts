import type { Candidate } from './candidates';
import type { QuestionProfile } from './question-profile';
import { MONTHS } from './text/stop-words';
import type { WordToken } from './text/word-tokens';
import { YEAR, yearsNamed } from '../../vectors/query/year-pattern';

/**
 * A year that ends a title, after a capitalised word or acronym with only a space between ("World Migration 2008",
 * "GFMD 2011"): it names the publication or event. A year before a name ("the 2007 Programme and Budget",
 * "December 2002 Council") still dates.
 */
function inName(tokens: WordToken[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || i - 1 === 0 || tokens[i].start - before.end > 1) return false;
  return before.kind === 'word' && (before.acronym || before.capitalized) && !MONTHS.has(before.norm);
}

export type YearFit = {
  /** Every year the question names is the candidate's (or its heading's, the sentence "It …" points to, or, but for "how many", its passage's when it names none). */
  datedAsAsked: boolean;
  /** Rank bonus: the asked year named (+), only other years named (−). */
  bonus: number;
  /** The question names a year; the candidate names only other years. */
  otherYearsOnly: boolean;
};

const sinceYear = new Map<string, RegExp>();
/** "since 2007", "since June 2007": compiled once per year (years are four digits, so the map stays small). */
function sincePattern(year: string): RegExp {
  let pattern = sinceYear.get(year);
  if (!pattern) {
    pattern = new RegExp(`\\bsince\\s+(?:\\p{L}+\\s+)?${year}\\b`, 'iu');
    sinceYear.set(year, pattern);
  }
  return pattern;
}

/**
 * "From 2007 through 2009", "2007–2009", "between 2007 and 2009": two years that bound one period ("in 2008 and 2009"
 * names two years, not a period).
 */
const YEAR_RANGE = new RegExp(String.raw`\b(?:between\s+${YEAR}\s+and|${YEAR}\s*(?:-|–|—|to|through|until))\s*${YEAR}\b`, 'giu');

/** Whether `year` appears in `text` only as a bound of a period ("From 2007 through 2009" for 2009). */
function onlyBoundsPeriod(text: string, year: string): boolean {
  const count = (part: string) => yearsNamed(part).filter((y) => y === year).length;
  const all = count(text);
  return all > 0 && [...text.matchAll(YEAR_RANGE)].reduce((n, m) => n + count(m[0]), 0) === all;
}

/** A year the question asks about as one point in time ("in 2009", "in 2009 alone"), not "since", "by" or "from" it. */
const pointInTime = (profile: QuestionProfile, year: string) =>
  !profile.nameYears.includes(year) && !profile.sinceYears.includes(year) && !profile.boundYears.includes(year);

/**
 * How a candidate stands to the years the question names. A year that is part of a name ("the 2013
 * High-level Dialogue") says which document or event, not when: a sentence naming no year is dated as
 * asked when its document names that year, and it weighs less in the rank. A passage that frames its
 * period with the asked "since 2007" ("… since June 2007. Since the Strategy was adopted, …") dates its
 * sentences that name no year, and so does a passage that names the asked year anywhere ("In 2009, UNAOC and
 * IOM launched … The competition …"), except for "how many": a count is dated by its own sentence, and an undated
 * one beside other years is not the asked year's (on dev that answered two unanswerable "how many … in 2008?").
 */
export function yearFit(profile: QuestionProfile, candidate: Candidate, pointedTo: ReadonlySet<string> | undefined): YearFit {
  const { context, tokens } = candidate;
  const asked = profile.years;
  const years = new Set(tokens.filter((t) => t.kind === 'year').map((t) => t.norm));
  // Years the sentence gives as time, not as part of a title ("as underlined in World Migration 2008").
  const timeYears = new Set(tokens.filter((t, i) => t.kind === 'year' && !inName(tokens, i)).map((t) => t.norm));
  const undated = years.size === 0;
  const fromAskedReport = profile.sourceYears.every((y) => context.sourceText.includes(y));
  const datedAsAsked = fromAskedReport && asked.every(
    (y) =>
      (profile.nameYears.includes(y) ? years.has(y) : timeYears.has(y)) ||
      (pointedTo?.has(y) ?? false) ||
      context.headingKeys.has(y) ||
      (undated && profile.nameYears.includes(y) && context.sourceText.includes(y)) ||
      (undated && profile.sinceYears.includes(y) && sincePattern(y).test(context.passage.text)) ||
      (undated && !profile.types.has('quantity') && !profile.nameYears.includes(y) && context.keys.has(y)),
  );
  // "How many … in 2009 alone?" is not answered by a count for "2007 through 2009".
  const periodCount = profile.types.has('quantity') && asked.length === 1 && pointInTime(profile, asked[0]) && onlyBoundsPeriod(candidate.text, asked[0]);
  const hasAsked = asked.some((y) => years.has(y));
  const askedTime = asked.some((y) => !profile.nameYears.includes(y));
  // A count or a date is the asked year's only in a sentence that names it; for anything else the year picks out the
  // event ("What did the follow-up workshop look at in 2004?"), which the sentence after "In 2004, IOM held a follow-up
  // workshop" is about as much: there the year weighs as a name's year does.
  const yearDatesAnswer = profile.types.has('quantity') || profile.types.has('when');
  const bonus = asked.length === 0 ? 0 : hasAsked ? (askedTime && yearDatesAnswer ? 0.3 : 0.1) : !undated && askedTime ? -0.3 : 0;
  return { datedAsAsked: datedAsAsked && !periodCount, bonus, otherYearsOnly: asked.length > 0 && !undated && !hasAsked };
}
