/**
 * Names the reports spell out but never abbreviate, by their initials: "United Kingdom" → UK, "Migration Policy
 * Institute" → MPI. A question that uses such an acronym ("the UK Department for …") can then be matched to the
 * report's words. Learned from the text, so it works for any collection.
 */
export type InitialismTable = Map<string, string>;

const CONNECTORS = new Set(['of', 'on', 'and', 'for', 'the', 'in', 'to', 'a', 'an']);
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const isCapitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);

/**
 * Every run of 2–6 capitalised words (small connectors such as "of" allowed inside) by its initials, upper case
 * ("UK" → "United Kingdom"); the most frequent run wins for each initialism, the first seen on a tie.
 */
export function initialisms(texts: Iterable<string>): InitialismTable {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const words = [...line.matchAll(WORD)].map((m) => m[0]);
      let run: string[] = [];
      const flush = () => {
        while (run.length > 0 && CONNECTORS.has(run.at(-1)!.toLowerCase())) run.pop();
        const capitals = run.filter(isCapitalised);
        if (capitals.length >= 2 && capitals.length <= 6) {
          const key = capitals.map((w) => w[0].toUpperCase()).join('');
          const phrase = run.join(' ');
          const byPhrase = counts.get(key) ?? new Map<string, number>();
          byPhrase.set(phrase, (byPhrase.get(phrase) ?? 0) + 1);
          counts.set(key, byPhrase);
        }
        run = [];
      };
      for (const word of words) {
        // "The United Kingdom": an article or connector opening a sentence is not part of the name.
        if (run.length === 0 && CONNECTORS.has(word.toLowerCase())) continue;
        if (isCapitalised(word)) run.push(word);
        else if (run.length > 0 && CONNECTORS.has(word)) run.push(word);
        else flush();
      }
      flush();
    }
  }
  const table: InitialismTable = new Map();
  for (const [key, byPhrase] of counts) {
    let best = '';
    let bestCount = 0;
    for (const [phrase, count] of byPhrase) if (count > bestCount) [best, bestCount] = [phrase, count];
    table.set(key, best);
  }
  return table;
}

/** The query with each acronym `isKnown` rejects followed by the name those initials spell in the reports. */
export function expandInitialisms(query: string, table: InitialismTable, isKnown: (acronym: string) => boolean): string {
  const additions: string[] = [];
  for (const [acronym] of query.matchAll(/\b[A-Z]{2,6}\b/g)) {
    const long = table.get(acronym);
    if (long && !isKnown(acronym)) additions.push(long);
  }
  return additions.length ? `${query} ${additions.join(' ')}` : query;
}
