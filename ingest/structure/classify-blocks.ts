import type { RawBlock } from './raw-blocks';
import {
  leadingDigitNote,
  leadingSuperscript,
  parseLeadingMarker,
  plainDigitMarkers,
  superscriptMarkers,
  type EnumerationKind,
  type LeadingMarker,
} from './markers';
import {
  isPlainHeadingShape,
  labelledHeading,
  markedHeadingShape,
  type HeadingShape,
} from './heading-shape';

/**
 * What a raw block is on its own, before context (page breaks, lists, footnote links) is considered.
 * - `heading`: opens a section; `numbered`: "16. …" paragraph; `list`: bullet or enumerated item;
 * - `footnote`: opens with a note number; `prose`: other body text; `text`: a stray marker or a parenthetical line;
 * - `front`: set later for the lines before the body; `furniture`: page header/footer.
 */
export type BlockRole = 'heading' | 'numbered' | 'list' | 'footnote' | 'prose' | 'text' | 'front' | 'furniture';

export type ListKind = 'bullet' | EnumerationKind;

export type ClassifiedBlock = RawBlock & {
  role: BlockRole;
  marker: LeadingMarker;
  heading: HeadingShape | null;
  /** Paragraph number for `numbered`; note number for `footnote` (null when the note shows none). */
  number: number | null;
  /** For `list`: the marker family of the item and its label as written ("-", "(a)"). */
  listKind: ListKind | null;
  label: string | null;
  indent: number;
};

const MARKER_ONLY = /^(?:[-•–—*·]\s*)?(?:\(?[A-Za-z0-9]{1,4}[.)])$/;
const PARENTHETICAL = /^\([^()]*(?:\([^()]*\)[^()]*)*\)\.?$/s;
const LONG_LABELLED_HEADING = 600;

/**
 * Numbers cited anywhere by a footnote marker: superscripts, and plain digits glued to a word
 * or closing punctuation ("website.1 "). Used to accept digit-led note lines ("4 In 2011 …").
 */
export function citedNoteNumbers(text: string): Set<number> {
  return new Set([...superscriptMarkers(text, 0), ...plainDigitMarkers(text, 0)].map((m) => m.number));
}

export function classifyBlock(block: RawBlock, cited: Set<number>): ClassifiedBlock {
  const marker = parseLeadingMarker(block.text);
  const base: ClassifiedBlock = {
    ...block,
    role: 'prose',
    marker,
    heading: null,
    number: null,
    listKind: null,
    label: null,
    indent: block.lines[0].indent,
  };
  if (block.furniture) return { ...base, role: 'furniture' };

  const superNote = leadingSuperscript(block.text);
  if (superNote !== null) return { ...base, role: 'footnote', number: superNote };
  const digitNote = leadingDigitNote(block.text);
  if (digitNote !== null && cited.has(digitNote)) return { ...base, role: 'footnote', number: digitNote };

  const lineCount = block.lines.length;
  const labelled = block.text.length <= LONG_LABELLED_HEADING && !marker.bullet ? labelledHeading(block.text) : null;
  if (labelled) return { ...base, role: 'heading', heading: labelled };

  const marked = block.inRun ? null : markedHeadingShape(marker, lineCount);
  if (marked) return { ...base, role: 'heading', heading: marked };

  const e = marker.enumeration;
  if (MARKER_ONLY.test(block.text.trim())) return { ...base, role: 'text' };
  if (e?.kind === 'number') return { ...base, role: 'numbered', number: Number(e.label) };
  if (marker.bullet || (e && e.kind !== 'letter-bare')) {
    const listKind: ListKind = e ? e.kind : 'bullet';
    const label = block.text.slice(0, marker.restOffset).trim();
    return { ...base, role: 'list', listKind, label };
  }
  if (!marker.bullet && isPlainHeadingShape(block.text, lineCount)) {
    return { ...base, role: 'heading', heading: { style: 'plain', label: null } };
  }
  if (PARENTHETICAL.test(block.text.trim())) return { ...base, role: 'text' };
  return base;
}
