import type { HeadingStyle } from './types';
import { collapseWhitespace } from './source-lines';
import { endsSentence, type LeadingMarker } from './markers';

/** What a block looks like as a heading, before the section tree decides its level. */
export type HeadingShape = { style: HeadingStyle; label: string | null };

export const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(\S.*?)[ \t#]*$/;
const NOTES = /^(?:end\s*notes|notes|foot\s*notes|references|bibliography)$/i;
const INTRO =
  /^(?:introduction|conclusions?|concluding remarks|executive summary|summary|background|foreword|preface|abstract|acknowledge?ments)$/i;
const ANNEX = /^(?:annex|appendix|attachment)(?:\s+([IVXLC]+|[A-Z]|\d{1,2}))?\b\s*(?:[:.–—-].*)?$/i;
const LABELLED =
  /^(point|part|chapter|section|goal|objective|pillar|priority|theme|article)\s+(\d{1,3}|[IVXLC]{1,6}|[A-Z]|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*(?:[:.–—-]|$)/i;
const TRAILING_STOPWORD =
  /\b(?:the|of|and|or|to|in|for|with|a|an|on|by|as|at|from|that|which|its|their|is|are|was|were)$/i;
const DATE_ONLY =
  /^\**\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s*\**$/;

export function stripEmphasis(text: string): string {
  return text.replace(/^[*_]+|[*_]+$/g, '').trim();
}

/** Headings named by a keyword: "Annex", "Part I: Strategy", "Point 1: …", "ENDNOTES". Any length. */
export function labelledHeading(text: string): HeadingShape | null {
  const md = MARKDOWN_HEADING.exec(text.trim());
  if (md && !text.trim().includes('\n')) return { style: 'markdown', label: String(md[1].length) };
  const t = stripEmphasis(collapseWhitespace(text));
  if (NOTES.test(t)) return { style: 'notes', label: null };
  const annex = ANNEX.exec(t);
  if (annex && t.length <= 200) return { style: 'annex', label: annex[1] ?? null };
  const m = LABELLED.exec(t);
  if (!m) return null;
  const word = m[1].toLowerCase();
  if (word === 'part' || word === 'chapter') return { style: 'part-labelled', label: m[2] };
  if (word === 'section' || word === 'article') {
    return t.length <= 150 && !endsSentence(t) ? { style: 'numbered', label: m[2] } : null;
  }
  return { style: 'point', label: m[2] };
}

export function isIntroName(text: string): boolean {
  return INTRO.test(stripEmphasis(collapseWhitespace(text)));
}

/** A short unmarked line that reads like a title: "Data and research", "IDM 2008", "ENDNOTES". */
export function isPlainHeadingShape(text: string, lineCount: number): boolean {
  const t = stripEmphasis(collapseWhitespace(text));
  if (t.length < 2 || t.length > 100 || lineCount > 2) return false;
  if (!/^[\p{Lu}\p{N}"“'‘]/u.test(t)) return false;
  if (!/\p{L}{2,}/u.test(t)) return false;
  if (/[.,;:!?]$/.test(t.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/, ''))) return false;
  if (t.split(' ').length > 12) return false;
  if ((t.match(/,/g) ?? []).length > 1) return false;
  if (TRAILING_STOPWORD.test(t)) return false;
  if (DATE_ONLY.test(t)) return false;
  return true;
}

/**
 * A marked line that reads like a heading rather than a paragraph: "1. Operational programmes",
 * "III. Changes at IOM", "b. Migrant integration", "(a) Mainstreaming Gender …": short, no final period.
 */
export function markedHeadingShape(marker: LeadingMarker, lineCount: number): HeadingShape | null {
  const e = marker.enumeration;
  if (!e || marker.bullet) return null;
  const rest = stripEmphasis(collapseWhitespace(marker.rest));
  const limit = e.kind === 'roman' ? 150 : 120;
  if (rest.length > limit || lineCount > 3 || rest.split(' ').length > 16) return null;
  if (endsSentence(rest) || TRAILING_STOPWORD.test(rest)) return null;
  if (rest.length > 0 && !/^[\p{Lu}\p{N}"“'‘*]/u.test(rest)) return null;
  switch (e.kind) {
    case 'roman':
      return rest ? { style: 'part-roman', label: e.label } : null;
    case 'number':
      return rest ? { style: 'numbered', label: e.label } : null;
    case 'letter-upper':
      return rest ? { style: 'letter-upper', label: e.label } : null;
    case 'letter-lower':
    case 'letter-bare':
      return rest ? { style: 'letter-lower', label: e.label } : null;
    case 'paren-letter':
      return rest ? { style: 'letter-paren', label: e.label } : null;
    case 'paren-roman':
      return rest ? { style: 'roman-paren', label: e.label } : null;
    default:
      return null;
  }
}

/**
 * The shape of a heading's first two words (ALL-CAPS word, number, Capitalised, lower), e.g. "IDM 2008" → "C N".
 * Unmarked headings with the same shape are printed alike, so they sit at the same level.
 */
export function headingSignature(text: string): string {
  const words = stripEmphasis(collapseWhitespace(text)).split(' ').slice(0, 2);
  const cls = words.map((w) => {
    const core = w.replace(/[^\p{L}\p{N}]/gu, '');
    if (/^\p{N}+$/u.test(core)) return 'N';
    if (core.length >= 2 && core === core.toUpperCase() && /\p{Lu}/u.test(core)) return 'C';
    if (/^\p{Lu}/u.test(core)) return 'T';
    return 'l';
  });
  return cls.join(' ');
}
