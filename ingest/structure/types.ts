import type { DocumentMeta } from '../types';

/** A half-open character range `[start, end)` in `LoadedText.text`. */
export type Span = { start: number; end: number };

/**
 * How a heading is marked in the source. `kind` is the coarse family the citation
 * layer cares about; `style` keeps the exact marker family used to nest headings.
 */
export type SectionKind = 'annex' | 'notes' | 'part' | 'lettered' | 'numbered' | 'point' | 'plain';
export type HeadingStyle =
  | 'annex' // "Annex", "ANNEX I", "Appendix B: …"
  | 'notes' // "ENDNOTES", "Notes", "References"
  | 'part-roman' // "III. IOM's work …"
  | 'part-labelled' // "Part I: Strategy", "Chapter 2"
  | 'letter-upper' // "A. MANDATE"
  | 'numbered' // "1. Operational programmes" (short, no final period)
  | 'point' // "Point 1: To provide …", "Goal 3 – …"
  | 'letter-lower' // "a. Research", OCR "a Emergency …"
  | 'letter-paren' // "(a) Mainstreaming Gender …"
  | 'roman-paren' // "(ii) …"
  | 'markdown' // "## Background" in a .md file
  | 'plain'; // unmarked short line ("Introduction", "IDM 2008")

export type SectionNode = {
  id: number;
  kind: SectionKind;
  style: HeadingStyle;
  /** The marker's label without punctuation: "III", "A", "1", "a", "2" (Point 2), "2" (## level); null for plain headings. */
  label: string | null;
  /** Heading text as written, trimmed, inner whitespace runs collapsed to one space (Markdown "#" marks dropped). */
  heading: string;
  /** Span of the heading in the source (it may cover several lines). */
  start: number;
  end: number;
  /** 0 for top-level sections. */
  depth: number;
  parentId: number | null;
  /** Headings from the outermost section down to this one. */
  path: string[];
  children: SectionNode[];
};

/**
 * - `paragraph`: prose, numbered ("16. …") or not; also the tail of a numbered paragraph after its list.
 * - `list-item`: a bullet or enumerated item ("- …", "(a) …"); when it belongs to a paragraph it carries its number.
 * - `footnote`: a note ("¹ See also …", "4 In 2011 …", or an unmarked note inferred from its position).
 * - `text`: other body text that is neither prose nor a note (a stray marker "B.", a parenthetical line, a heading-shaped line with nothing under it).
 * - `front-matter`: lines before the body (organisation name, symbol, date, session, title).
 */
export type BlockKind = 'paragraph' | 'list-item' | 'footnote' | 'text' | 'front-matter';

/** Where a footnote's marker was found. */
export type FootnoteCiter =
  | { kind: 'block'; block: number; marker: Span }
  | { kind: 'heading'; section: number; marker: Span };

export type FootnoteInfo = {
  /** The note's number as printed ("4"), or inferred from the previous note; null when unknown. */
  number: string | null;
  /** True when the note had no marker of its own and was recognised by its position. */
  inferred: boolean;
  /** The paragraph (or heading) whose superscript cites this note; null when no citing marker was found. */
  citedBy: FootnoteCiter | null;
};

export type ContentBlock = {
  /** Position in `ParsedDocument.blocks` (document order by `start`). */
  index: number;
  kind: BlockKind;
  /**
   * Index of the block heading this block's citation unit: a numbered paragraph and its list
   * items share one unit; every footnote is its own unit; all front matter is one unit.
   */
  unit: number;
  /** Section the block is cited under; for a footnote, the citing block's section. */
  sectionId: number | null;
  sectionPath: string[];
  /** The document's own paragraph number ("16"); list items and footnotes inherit their paragraph's. */
  paragraph: string | null;
  /** List label as written ("(a)", "-", "2."), or null. */
  label: string | null;
  /** Pieces of the block in source order; more than one when a page break split it. */
  spans: Span[];
  /** Outer span: from the first piece's start to the last piece's end (may enclose an interrupting footnote). */
  start: number;
  end: number;
  /** Footnote numbers cited by superscript markers inside this block. */
  cites: string[];
  footnote: FootnoteInfo | null;
};

export type ParsedDocument = {
  source: string;
  meta: DocumentMeta;
  /** The title line(s) exactly as written (whitespace collapsed), before any re-casing. */
  titleAsWritten: string | null;
  /** Top-level sections; each node holds its children. */
  sections: SectionNode[];
  /** Every section node, indexed by `id`. */
  sectionList: SectionNode[];
  blocks: ContentBlock[];
  /** Repeated page headers/footers and page numbers, excluded from blocks on purpose. */
  furniture: Span[];
};
