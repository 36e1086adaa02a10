/**
 * Acronyms defined in running text: "International Dialogue on Migration (IDM)". The long form is the
 * shortest run of capitalised words before the parenthesis whose initials spell the acronym
 * (small words such as "on", "and", "the" may sit inside the run).
 */
const ACRONYM_IN_PARENTHESES = /\((\p{Lu}{2,8}s?)\)/gu;
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

function longFormBefore(before: string, acronym: string): string | null {
  const letters = acronym.replace(/s$/, '').toUpperCase();
  const words = before.trim().split(/\s+/);
  for (let start = words.length - 1; start >= 0; start--) {
    const run = words.slice(start).map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''));
    if (!isCapitalised(run[0] ?? '')) continue;
    const initials = run
      .filter(isCapitalised)
      .flatMap((w) => w.split('-').filter(isCapitalised))
      .map((w) => w[0].toUpperCase())
      .join('');
    if (initials === letters) return run.join(' ');
    if (initials.length > letters.length) return null;
  }
  return null;
}

/** Every acronym the text defines, with its long form. */
export function acronymDefinitions(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(ACRONYM_IN_PARENTHESES)) {
    const acronym = match[1];
    if (found.has(acronym)) continue;
    const before = text.slice(Math.max(0, match.index - 160), match.index).split(/[()\n]/).pop() ?? '';
    const long = longFormBefore(before, acronym);
    if (long) found.set(acronym, long);
  }
  return found;
}

/** The long form of `acronym` as first defined in any of the texts, or null. */
export function expandAcronym(acronym: string, texts: string[]): string | null {
  for (const text of texts) {
    const long = acronymDefinitions(text).get(acronym);
    if (long) return long;
  }
  return null;
}
