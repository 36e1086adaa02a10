/**
 * Nouns that name an attribute of a thing: after "What was the title of IOM's 2003 workshop on trade?", "Who took
 * part?" is about the workshop, not its title.
 */
const ATTRIBUTE_NOUNS: ReadonlySet<string> = new Set(['title', 'name', 'theme', 'topic', 'subject', 'focus', 'date', 'venue', 'location', 'purpose', 'aim', 'goal']);

/**
 * What a thing is called, which "it" rarely means next: "Where was it held?" is the workshop. A goal, a theme or a date
 * can be "it" ("Was it achieved?", "Was it changed?").
 */
const NAMING_NOUNS: ReadonlySet<string> = new Set(['title', 'name']);

const opensWith = (nouns: ReadonlySet<string>, words: string[]) =>
  words.length > 3 && /^the$/i.test(words[0]) && nouns.has(words[1].toLowerCase()) && /^of$/i.test(words[2]);

/** Whether `words` open with an attribute and its "of" ("the theme of …"): the thing starts at index 3. */
export const opensWithAttribute = (words: string[]) => opensWith(ATTRIBUTE_NOUNS, words);

/** Whether `words` open with what the thing is called ("the title of …"): the thing starts at index 3. */
export const opensWithNaming = (words: string[]) => opensWith(NAMING_NOUNS, words);
