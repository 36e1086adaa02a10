/**
 * Acronyms defined by the reports themselves: "International Dialogue on Migration (IDM)" teaches that IDM and
 * the long form name the same thing. Learned from the corpus text, so it works for any collection of reports.
 */
export type AcronymTable = Map<string, string>;

const SMALL_WORDS = new Set(['of', 'on', 'and', 'for', 'the', 'in', 'to', 'de', 'la', 'des', 'du', 'et', '&']);

/** Finds "Long Form Words (LFW)" definitions whose long form's initials spell the acronym. */
export function extractAcronyms(texts: Iterable<string>): AcronymTable {
  const table: AcronymTable = new Map();
  const pattern = /\(([A-Z][A-Za-z]{1,9}?)(s?)\)/g;
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) {
      const acronym = match[1];
      if (!/[A-Z].*[A-Z]/.test(acronym) || table.has(acronym)) continue;
      const before = text.slice(Math.max(0, match.index - 200), match.index).replace(/\s+/g, ' ').trimEnd();
      const longForm = longFormFor(acronym, before.split(' '));
      if (longForm) table.set(acronym, longForm);
    }
  }
  return table;
}

/** Walks back from the parenthesis, matching the acronym's capitals against word initials. */
function longFormFor(acronym: string, words: string[]): string | null {
  const letters = acronym.replace(/[^A-Z]/g, '').toLowerCase();
  let need = letters.length - 1;
  for (let i = words.length - 1; i >= 0 && words.length - i <= letters.length * 2 + 2; i--) {
    const word = words[i].replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
    if (!word) continue;
    if (SMALL_WORDS.has(word.toLowerCase())) continue;
    // Hyphenated words can supply several letters ("Inter-Governmental" → IG).
    const initials = word.split('-').map((part) => part[0]?.toLowerCase() ?? '');
    for (let j = initials.length - 1; j >= 0 && need >= 0; j--) {
      if (initials[j] === letters[need]) need--;
      else if (j === initials.length - 1) return null;
    }
    if (need < 0) return words.slice(i).join(' ').replace(/^[^A-Za-z]+|[^A-Za-z)]+$/g, '');
  }
  return null;
}

/** The query with each known acronym followed by its long form, and each long form by its acronym. */
export function expandAcronyms(query: string, table: AcronymTable): string {
  const additions: string[] = [];
  for (const [acronym, longForm] of table) {
    const hasAcronym = new RegExp(`\\b${acronym}s?\\b`).test(query);
    const hasLongForm = query.toLowerCase().includes(longForm.toLowerCase());
    if (hasAcronym && !hasLongForm) additions.push(longForm);
    if (hasLongForm && !hasAcronym) additions.push(acronym);
  }
  return additions.length ? `${query} ${additions.join(' ')}` : query;
}
