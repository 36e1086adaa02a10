/**
 * How the reports' years are matched, in one place: the questions, the follow-up rules and the composer all read
 * "2009" the same way.
 */

/** A year of the reports' era as a regular-expression source: 1900–2099 ("2009", not "309" or "20091" once bounded). */
export const YEAR = String.raw`(?:19|20)\d\d`;

/**
 * What stands before a year that names a period, not when something happened: "the post-2015 agenda", "pre-2008
 * levels".
 */
export const PERIOD_PREFIX = String.raw`\b(?:post|pre|mid)[-–]`;

const WHOLE_YEAR = new RegExp(`^${YEAR}$`);
/** A word that is a year, and nothing else. */
export const isYear = (word: string) => WHOLE_YEAR.test(word);

const YEAR_WORDS = new RegExp(String.raw`\b${YEAR}\b`, 'g');
/** The years a text names, as written, in order ("from 2007 to 2009" → 2007, 2009). */
export const yearsNamed = (text: string): string[] => text.match(YEAR_WORDS) ?? [];
