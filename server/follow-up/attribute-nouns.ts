/**
 * Nouns that name an attribute of a thing: after "What was the title of IOM's 2003 workshop on trade?", "Who took
 * part?" and "Where was it held?" are about the workshop, not its title.
 */
export const ATTRIBUTE_NOUNS: ReadonlySet<string> = new Set(['title', 'name', 'theme', 'topic', 'subject', 'focus', 'date', 'venue', 'location', 'purpose', 'aim', 'goal']);

/** Whether `words` open with an attribute and its "of" ("the title of …"): the thing starts at index 3. */
export const opensWithAttribute = (words: string[]) => words.length > 3 && /^the$/i.test(words[0]) && ATTRIBUTE_NOUNS.has(words[1].toLowerCase()) && /^of$/i.test(words[2]);
