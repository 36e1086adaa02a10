/** Recognisers for the marks that open a line (bullets, numbers, letters) and for footnote superscripts. */

export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_CLASS = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';
const BULLET = /^([-•–—*·▪◦‣●■])\s+/;

export type EnumerationKind =
  | 'number' // "16." "2)"
  | 'roman' // "III."
  | 'letter-upper' // "A." "B)"
  | 'letter-lower' // "a." "b)"
  | 'letter-bare' // OCR "a Emergency …" (letter then a capitalised word, no dot)
  | 'paren-letter' // "(a)"
  | 'paren-roman' // "(iv)"
  | 'paren-number'; // "(3)"

export type Enumeration = { kind: EnumerationKind; label: string; raw: string };

export type LeadingMarker = {
  /** The bullet glyph if the text opens with one ("-", "•"). */
  bullet: string | null;
  enumeration: Enumeration | null;
  /** Text after the bullet and enumeration. */
  rest: string;
  /** Offset of `rest` inside the analysed text. */
  restOffset: number;
};

const ROMAN = /^[IVXLC]+$/;
const ROMAN_LOWER = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)$/;

/** Parse the bullet and enumeration a block opens with. `text` must start at visible content. */
export function parseLeadingMarker(text: string): LeadingMarker {
  let offset = 0;
  let bullet: string | null = null;
  const b = BULLET.exec(text);
  if (b && !/^\*\S/.test(text)) {
    bullet = b[1];
    offset = b[0].length;
  }
  const after = text.slice(offset);
  const enumeration = parseEnumeration(after);
  if (!enumeration) return { bullet, enumeration: null, rest: after, restOffset: offset };
  let restOffset = offset + enumeration.raw.length;
  while (restOffset < text.length && /\s/.test(text[restOffset])) restOffset += 1;
  return { bullet, enumeration, rest: text.slice(restOffset), restOffset };
}

function parseEnumeration(text: string): Enumeration | null {
  let m = /^(\d{1,3})[.)](?=\s|$)/.exec(text);
  if (m) return { kind: 'number', label: m[1], raw: m[0] };
  m = /^\((\d{1,2}|[a-z]{1,4}|[A-Z])\)(?=\s|$)/.exec(text);
  if (m) {
    const label = m[1];
    if (/^\d+$/.test(label)) return { kind: 'paren-number', label, raw: m[0] };
    if (label.length > 1 && ROMAN_LOWER.test(label)) return { kind: 'paren-roman', label, raw: m[0] };
    if (label.length === 1) return { kind: 'paren-letter', label, raw: m[0] };
    return null;
  }
  m = /^([IVXLC]{2,6})\.(?=\s|$)/.exec(text);
  if (m && ROMAN.test(m[1])) return { kind: 'roman', label: m[1], raw: m[0] };
  m = /^([A-Z])[.)](?=\s|$)/.exec(text);
  if (m) return { kind: 'letter-upper', label: m[1], raw: m[0] };
  m = /^([a-z])[.)](?=\s|$)/.exec(text);
  if (m) return { kind: 'letter-lower', label: m[1], raw: m[0] };
  m = /^([a-z])\s+(?=[A-Z][a-z])/.exec(text);
  if (m && m[1] !== 'i') return { kind: 'letter-bare', label: m[1], raw: m[1] };
  return null;
}

/** Value of a Roman numeral (I…C); NaN when not one. */
export function romanValue(label: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  const up = label.toUpperCase();
  if (!ROMAN.test(up)) return Number.NaN;
  let total = 0;
  for (let i = 0; i < up.length; i += 1) {
    const v = values[up[i]];
    const next = values[up[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function superscriptToNumber(run: string): number {
  let n = 0;
  for (const ch of run) n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(ch);
  return n;
}

/** "¹ See also …" → 1 (the run of superscript digits a footnote line opens with). */
export function leadingSuperscript(text: string): number | null {
  const m = new RegExp(`^${SUPERSCRIPT_CLASS}+`).exec(text);
  return m ? superscriptToNumber(m[0]) : null;
}

/** A footnote line that opens with a plain number: "4 In 2011 alone, …" (not a date such as "12 October 2010"). */
export function leadingDigitNote(text: string): number | null {
  const m = /^(\d{1,3})\s+(?=[A-Z"“(])/.exec(text);
  if (!m) return null;
  if (/^\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(text)) {
    return null;
  }
  return Number(m[1]);
}

export type MarkerHit = { number: number; start: number; end: number };

/** Superscript footnote markers inside a text (not one that opens the text, which is a note's own number). */
export function superscriptMarkers(text: string, offset: number): MarkerHit[] {
  const hits: MarkerHit[] = [];
  const re = new RegExp(`${SUPERSCRIPT_CLASS}+`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (text.slice(0, m.index).trim().length === 0) continue;
    hits.push({ number: superscriptToNumber(m[0]), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return hits;
}

/**
 * Plain-digit note markers glued to a word or closing punctuation ("website.1 ", "cycle,12 "),
 * as OCR leaves superscripts. Not after "No.", "para." and the like.
 */
export function plainDigitMarkers(text: string, offset: number): MarkerHit[] {
  const hits: MarkerHit[] = [];
  const re = /(?<=(?:\p{Ll}|[)”"’])[.,;:]?)(\d{1,2})(?=\s|$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (/\b(?:No|Nos|para|paras|art|p|pp|vol|Line)\.?\s*$/i.test(before)) continue;
    hits.push({ number: Number(m[1]), start: offset + m.index, end: offset + m.index + m[1].length });
  }
  return hits;
}

const CLOSERS = /[\s⁰¹²³⁴⁵⁶⁷⁸⁹*_)\]"'”’»]+$/u;

/** True when the text ends a sentence or clause: ". ! ? ; : …" (closing quotes, brackets, emphasis and note markers ignored). */
export function endsSentence(text: string): boolean {
  const t = text.replace(CLOSERS, '');
  return /[.!?;:…]$/.test(t);
}

/** True when the text stops inside a sentence (a page break probably cut it). */
export function endsMidSentence(text: string): boolean {
  const t = text.trimEnd();
  return t.length > 0 && !endsSentence(t);
}

/** True when the first letter-or-digit of the text is a lower-case letter. */
export function startsLowerCase(text: string): boolean {
  const m = /[\p{L}\p{N}]/u.exec(text);
  return m !== null && /\p{Ll}/u.test(m[0]);
}

export function endsWithColon(text: string): boolean {
  return /:$/.test(text.replace(CLOSERS, ''));
}
