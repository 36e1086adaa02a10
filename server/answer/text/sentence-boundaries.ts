/** A [start, end) span of a text. */
export type Span = { start: number; end: number };

/** Abbreviations whose period never ends a sentence. */
const ALWAYS_ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st jr sr inc ltd corp dept govt approx cf vs viz al fig figs rev eds jan feb mar apr jun jul
  aug sep sept oct nov dec ch sec sect res doc ref corr suppl op ibid nr tel ext est`.split(/\s+/),
);
/** Abbreviations that only precede a number ("No. 1150", "Art. 5", "p. 12"). */
const NUMBER_ABBREVIATIONS = new Set(`no nos art arts para paras p pp vol vols ed add annex`.split(/\s+/));

const TERMINALS = '.!?…';
/** Characters that may close a sentence after its terminal punctuation: quotes, brackets, footnote marks. */
const CLOSERS = /[)\]}"'”’»*⁰¹²³⁴⁵⁶⁷⁸⁹]/;

function isAbbreviation(word: string, next: string): boolean {
  if (word === '') return false;
  // Dotted short forms: e.g, i.e, U.S, U.N, a.m
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return true;
  // Initials ("J. Smith"), heading letters ("b. Migrant integration") and roman numerals of headings ("II. Changes at IOM")
  if (/^\p{L}$/u.test(word) || /^[IVX]{1,5}$/.test(word)) return true;
  const lower = word.toLowerCase();
  if (ALWAYS_ABBREVIATIONS.has(lower)) return true;
  return NUMBER_ABBREVIATIONS.has(lower) && /[\d(]/.test(next);
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/**
 * Sentence spans of text[from, to). A terminal (. ! ? …) followed by closers and whitespace ends a
 * sentence unless the next word starts in lower case, or the period belongs to an abbreviation,
 * a decimal ("783.8") or a dotted name ("U.S.", "www.iom.int"). Spans are trimmed and never empty.
 */
export function sentenceSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let sentenceStart = from;
  for (let i = from; i < to; i++) {
    if (!TERMINALS.includes(text[i])) continue;
    let j = i + 1;
    while (j < to && TERMINALS.includes(text[j])) j++;
    while (j < to && CLOSERS.test(text[j])) j++;
    if (j < to && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < to && /\s/.test(text[k])) k++;
    if (k < to) {
      const next = text[k];
      if (/\p{Ll}/u.test(next)) continue;
      if (text[i] === '.' && j === i + 1) {
        const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(sentenceStart, i - 24), i))?.[0] ?? '';
        if (isAbbreviation(word.replace(/^\.+/, ''), next)) continue;
      }
    }
    const span = trimSpan(text, sentenceStart, j);
    if (span) spans.push(span);
    sentenceStart = k;
    i = k - 1;
  }
  const tail = trimSpan(text, sentenceStart, to);
  if (tail) spans.push(tail);
  return spans;
}
