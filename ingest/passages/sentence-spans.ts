import type { Span } from '../structure/types';

/** Words that end with a period without ending the sentence ("e.g.", "No. 5", "Corr.", "Mr."). */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'cf', 'vs', 'viz', 'al', 'approx', 'ca', 'no', 'nos', 'vol', 'vols', 'p', 'pp', 'para', 'paras',
  'art', 'arts', 'fig', 'figs', 'ch', 'chap', 'sec', 'ed', 'eds', 'rev', 'corr', 'add', 'op', 'cit', 'ibid', 'mr', 'mrs',
  'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'est', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'h.e', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m',
  'sect', 'res', 'doc', 'ref', 'suppl', 'nr', 'tel', 'ext',
]);

/** The period of a line-opening enumeration ("16. IOM's …", "- 4. A follow-up", "III. …") ends no sentence. */
const LIST_MARKER_BEFORE = /^[ \t]*(?:[-•–—*·▪][ \t]*)?\(?[0-9A-Za-z]{1,4}$/;
function endsLineOpeningMarker(text: string, dot: number): boolean {
  const from = Math.max(0, dot - 12);
  const head = text.slice(from, dot);
  const nl = head.lastIndexOf('\n');
  if (nl === -1 && from > 0) return false;
  return LIST_MARKER_BEFORE.test(nl === -1 ? head : head.slice(nl + 1));
}

const CLOSERS = /[)\]"'”’»*_⁰¹²³⁴⁵⁶⁷⁸⁹]*/uy;
const NEXT_START = /\s+(\S)/uy;

function isAbbreviation(text: string, dot: number): boolean {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!m) return false;
  const word = m[1].replace(/^\.+/, '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Initials and dotted acronyms: "S. Castles", "U.S.", "H.E."
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) && word.replace(/\./g, '').length <= 3 && /^\p{Lu}/u.test(m[1].replace(/^\.+/, ''));
}

export type SentenceSpanOptions = {
  /** Split only `text[from, to)` (default: all of it); spans stay relative to `text`. The range start counts as a line start. */
  from?: number;
  to?: number;
  /**
   * `structure` (default): a blank line, and a line that opens with a list marker, end a sentence.
   * `wrapping`: every line break is a space — for callers that have already cut the text into blocks.
   */
  lineBreaks?: 'structure' | 'wrapping';
  /**
   * What may open the next sentence. `strict` (default): a capital, digit, quote, bracket or list marker.
   * `not-lower-case`: anything but a lower-case letter, so OCR noise such as "|IOM" opens one too.
   */
  starts?: 'strict' | 'not-lower-case';
};

const STRICT_START = /[\p{Lu}\p{N}"“'‘(\[*•–—-]/u;
const LOWER_CASE = /\p{Ll}/u;

/**
 * Sentence boundaries inside `text`, as spans relative to it (whitespace between sentences excluded).
 * A sentence ends at ". ! ? …" (plus closing quotes, brackets, emphasis or note markers) followed by
 * whitespace and a capital, digit, quote, bracket or list marker — not after an abbreviation or an initial,
 * and never inside a number ("1,027.5", "USD 783.8 million"). A blank line, and a line that opens with a
 * list marker, also end a sentence (see `SentenceSpanOptions` for the variants).
 *
 * @example
 * sentenceSpans('It rose to USD 783.8 million. See No. 5.'); // [{ start: 0, end: 29 }, { start: 30, end: 40 }]
 */
export function sentenceSpans(text: string, options: SentenceSpanOptions = {}): Span[] {
  const from = options.from ?? 0;
  const range = text.slice(from, options.to ?? text.length);
  const scan = options.lineBreaks === 'wrapping' ? range.replace(/\n/g, ' ') : range;
  const opensSentence = (char: string) => (options.starts === 'not-lower-case' ? !LOWER_CASE.test(char) : STRICT_START.test(char));
  const cuts: number[] = [];
  const re = /[.!?…]|\n[ \t]*\n|\n(?=[ \t]*(?:[-•–—*·▪]\s|\(?[a-z0-9]{1,3}[.)]\s))/g;
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    if (m[0].startsWith('\n')) {
      cuts.push(m.index);
      continue;
    }
    CLOSERS.lastIndex = m.index + 1;
    const end = m.index + 1 + CLOSERS.exec(scan)![0].length;
    NEXT_START.lastIndex = end;
    const next = NEXT_START.exec(scan);
    if (!next) continue;
    if (!opensSentence(next[1])) continue;
    if (m[0] === '.' && (isAbbreviation(scan, m.index) || endsLineOpeningMarker(scan, m.index))) continue;
    cuts.push(end);
  }
  const spans: Span[] = [];
  let start = 0;
  for (const cut of [...cuts, scan.length]) {
    const piece = scan.slice(start, cut);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed.length > 0) spans.push({ start: from + start + lead, end: from + start + lead + trimmed.length });
    start = cut;
  }
  return spans;
}
