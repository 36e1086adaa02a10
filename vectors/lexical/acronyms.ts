/**
 * Acronyms defined by the reports themselves: "International Dialogue on Migration (IDM)" teaches that IDM and
 * the long form name the same thing. Learned from the text, so it works for any collection of reports.
 * Query expansion reads them with the `initials` rule, the follow-up rewriter with `capitalised` (to spell one out),
 * the answer composer with `capitalised-head` (to match a sentence that writes only the head).
 */
export type AcronymTable = Map<string, string>;

/**
 * Which words before the parenthesis may spell the acronym.
 * - `initials`: every word but small ones ("of", "and", "the") gives the next letter, in any case
 *   ("internally displaced persons (IDPs)"); a hyphenated word may give several ("Inter-Governmental" → IG).
 *   Searched across line breaks.
 * - `capitalised`: only capitalised words (and their capitalised hyphen parts) give letters; other words may sit
 *   among and after them ("Regional Consultative Processes on migration (RCPs)"). Searched within the line.
 * - `capitalised-head`: as `capitalised`, or the capitalised words before a qualifier the acronym leaves out ("High-level
 *   Dialogue on International Migration and Development (HLD)" → High-level Dialogue), for matching a sentence that
 *   writes only the head. Not for spelling an acronym out, which would drop the qualifier.
 */
export type LongFormRule = 'initials' | 'capitalised' | 'capitalised-head';

const SMALL_WORDS = new Set(['of', 'on', 'and', 'for', 'the', 'in', 'to', 'de', 'la', 'des', 'du', 'et', '&']);
const ACRONYM_IN_PARENTHESES = /\(([A-Z][A-Za-z]{1,9}?)(s?)\)/g;
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Every acronym `text` defines, with its long form (the first definition wins). Keys drop a plural "s" ("RCPs" → RCP).
 *
 * @example
 * acronymDefinitions('the International Dialogue on Migration (IDM) met'); // Map { 'IDM' => 'International Dialogue on Migration' }
 */
export function acronymDefinitions(text: string, rule: LongFormRule = 'initials'): AcronymTable {
  const table: AcronymTable = new Map();
  for (const match of text.matchAll(ACRONYM_IN_PARENTHESES)) {
    const acronym = match[1];
    if (!/[A-Z].*[A-Z]/.test(acronym) || table.has(acronym)) continue;
    const longForm =
      rule === 'initials'
        ? initialsBefore(text, match.index, acronym)
        : (capitalisedBefore(text, match.index, acronym) ?? (rule === 'capitalised-head' ? headBeforeQualifier(text, match.index, acronym) : null));
    if (longForm) table.set(acronym, longForm);
  }
  return table;
}

/** Where a qualifier may open: " on ", " of ", " for " ("High-level Dialogue | on International Migration …"). */
const QUALIFIER_OPENING = /\s(?:on|of|for)\s/g;

/** The long form when the acronym spells only the words before a qualifier, the nearest that does ("High-level Dialogue"). */
function headBeforeQualifier(text: string, at: number, acronym: string): string | null {
  const start = Math.max(0, at - 120);
  const openings = [...text.slice(start, at).matchAll(QUALIFIER_OPENING)].map((m) => start + m.index).reverse();
  for (const cut of openings) {
    const head = capitalisedBefore(text, cut, acronym);
    if (head) return head;
  }
  return null;
}

/** The acronyms defined in any of the texts; the first definition wins. */
export function extractAcronyms(texts: Iterable<string>, rule: LongFormRule = 'initials'): AcronymTable {
  const table: AcronymTable = new Map();
  for (const text of texts) {
    for (const [acronym, longForm] of acronymDefinitions(text, rule)) if (!table.has(acronym)) table.set(acronym, longForm);
  }
  return table;
}

/** Walks back from the parenthesis, matching the acronym's capitals against word initials. */
function initialsBefore(text: string, at: number, acronym: string): string | null {
  const words = text.slice(Math.max(0, at - 200), at).replace(/\s+/g, ' ').trimEnd().split(' ');
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

/** The shortest run of words on the parenthesis's line, opening with a capitalised one, whose capitalised words spell the acronym. */
function capitalisedBefore(text: string, at: number, acronym: string): string | null {
  const line = text.slice(Math.max(0, at - 160), at).split(/[()\n]/).pop() ?? '';
  const words = line.trim().split(/\s+/).map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''));
  const letters = acronym.toUpperCase();
  let spelled = '';
  for (let start = words.length - 1; start >= 0; start--) {
    if (!isCapitalised(words[start])) continue;
    // "High-level" gives H, or H and L when the acronym needs both (HLD).
    const parts = words[start].split('-').filter(Boolean);
    const strict = parts.filter(isCapitalised).map((part) => part[0].toUpperCase()).join('');
    const lenient = parts.map((part) => part[0].toUpperCase()).join('');
    spelled = (letters.endsWith(strict + spelled) ? strict : lenient) + spelled;
    if (spelled === letters) return words.slice(start).join(' ');
    if (!letters.endsWith(spelled)) return null;
  }
  return null;
}

/** The query with each known acronym followed by its long form, and each long form by its acronym. */
export function expandAcronyms(query: string, table: AcronymTable): string {
  const additions: string[] = [];
  const lowerQuery = query.toLowerCase();
  for (const [acronym, longForm] of table) {
    const hasAcronym = new RegExp(`\\b${acronym}s?\\b`).test(query);
    const hasLongForm = lowerQuery.includes(longForm.toLowerCase());
    if (hasAcronym && !hasLongForm) additions.push(longForm);
    if (hasLongForm && !hasAcronym) additions.push(acronym);
  }
  return additions.length ? `${query} ${additions.join(' ')}` : query;
}
