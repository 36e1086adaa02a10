/**
 * Nouns that name an attribute of a thing: after "What was the title of IOM's 2003 workshop on trade?", "Who took
 * part?" and "Where was it held?" are about the workshop; after "What is the goal of the programme?", "Was it
 * achieved?" is about the goal.
 */
const ATTRIBUTE_NOUNS: ReadonlySet<string> = new Set(['title', 'name', 'theme', 'topic', 'subject', 'focus', 'date', 'venue', 'location', 'purpose', 'aim', 'goal']);

/** Whether `words` open with an attribute and its "of" ("the theme of …"): the thing starts at index 3. */
export const opensWithAttribute = (words: string[]) =>
  words.length > 3 && /^the$/i.test(words[0]) && ATTRIBUTE_NOUNS.has(words[1].toLowerCase()) && /^of$/i.test(words[2]);

/** What is said of an attribute rather than of the thing: achieved, fulfilled, chosen, changed, relevant. */
export const ATTRIBUTE_PREDICATE = /\b(?:achieved|fulfill?ed|met|reached|chosen|changed|relevant|decided|selected|agreed|revised|postponed|moved)\b/i;
