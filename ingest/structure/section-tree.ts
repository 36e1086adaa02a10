import type { HeadingStyle, SectionKind, SectionNode, Span } from './types';
import type { HeadingShape } from './heading-shape';
import { headingSignature, isIntroName } from './heading-shape';
import { romanValue } from './markers';
import { collapseWhitespace } from './source-lines';

/** Nesting rank of marked headings: a heading closes every open section of equal or higher rank. */
const RANK: Record<Exclude<HeadingStyle, 'plain' | 'markdown'>, number> = {
  annex: 0,
  notes: 0,
  'part-roman': 10,
  'part-labelled': 10,
  'letter-upper': 20,
  numbered: 30,
  point: 35,
  'letter-lower': 40,
  'letter-paren': 50,
  'roman-paren': 60,
};
const INTRO_RANK = 10;
const ROOT_PARENT_RANK = 4;

const KIND: Record<HeadingStyle, SectionKind> = {
  annex: 'annex',
  notes: 'notes',
  'part-roman': 'part',
  'part-labelled': 'part',
  'letter-upper': 'lettered',
  numbered: 'numbered',
  point: 'point',
  'letter-lower': 'lettered',
  'letter-paren': 'lettered',
  'roman-paren': 'lettered',
  markdown: 'plain',
  plain: 'plain',
};

/** "#" … "######" interleave with the marked styles: # above parts, ## at part level and so on down. */
function markdownRank(level: string | null): number {
  return Number(level ?? 1) * 10 - 8;
}

type Entry = {
  node: SectionNode;
  /** Fixed rank for marked (and "Introduction"-like) headings; null for plain ones, ranked from context. */
  rank: number | null;
  parentRank: number;
  signature: string;
  hasContent: boolean;
};

function successor(letter: string): string {
  return String.fromCharCode(letter.toLowerCase().charCodeAt(0) + 1);
}

/**
 * Builds the section tree while headings arrive in document order. Marked headings nest by rank
 * (annex > part > A. > 1. > Point > a. > (a)). An unmarked heading sits beside the open unmarked
 * heading printed with the same shape ("IDM 2007: …" / "IDM 2008"); else it nests under an
 * unmarked heading that has no text of its own yet; else it sits beside the current unmarked one.
 */
export class SectionTreeBuilder {
  readonly roots: SectionNode[] = [];
  readonly all: SectionNode[] = [];
  private stack: Entry[] = [];
  private lastPart = 0;

  get current(): SectionNode | null {
    return this.stack[this.stack.length - 1]?.node ?? null;
  }

  /** Record that body text sits directly under the current heading. */
  markContent(): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.hasContent = true;
  }

  open(shape: HeadingShape, headingText: string, span: Span): SectionNode {
    const style = this.resolveStyle(shape);
    const text = collapseWhitespace(style === 'markdown' ? headingText.replace(/^\s*#+\s*|\s*#*\s*$/g, '') : headingText);
    const signature = headingSignature(text);
    if (style === 'annex' || style === 'notes') {
      this.stack = [];
      this.lastPart = 0;
      return this.push(style, shape.label, text, span, RANK[style], ROOT_PARENT_RANK, signature);
    }
    if (style === 'markdown') return this.pushRanked(style, shape.label, text, span, markdownRank(shape.label), signature);
    if (style !== 'plain') {
      const rank = RANK[style];
      if (style === 'part-roman') this.lastPart = romanValue(shape.label ?? '') || this.lastPart + 1;
      return this.pushRanked(style, shape.label, text, span, rank, signature);
    }
    if (isIntroName(text)) return this.pushRanked('plain', null, text, span, INTRO_RANK, signature);
    return this.pushPlain(text, span, signature);
  }

  private pushRanked(style: HeadingStyle, label: string | null, text: string, span: Span, rank: number, sig: string) {
    while (this.stack.length > 0 && this.effectiveRank(this.stack[this.stack.length - 1]) >= rank) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    return this.push(style, label, text, span, rank, parent ? this.effectiveRank(parent) : ROOT_PARENT_RANK, sig);
  }

  private pushPlain(text: string, span: Span, signature: string): SectionNode {
    for (let i = this.stack.length - 1; i >= 0; i -= 1) {
      const e = this.stack[i];
      if (e.rank === null && e.signature === signature) {
        this.stack.length = i;
        return this.push('plain', null, text, span, null, e.parentRank, signature);
      }
    }
    const top = this.stack[this.stack.length - 1];
    if (top && top.rank === null && !top.hasContent) {
      return this.push('plain', null, text, span, null, this.effectiveRank(top), signature);
    }
    if (top && top.rank === null) {
      this.stack.pop();
      return this.push('plain', null, text, span, null, top.parentRank, signature);
    }
    return this.push('plain', null, text, span, null, top ? this.effectiveRank(top) : ROOT_PARENT_RANK, signature);
  }

  private effectiveRank(e: Entry): number {
    if (e.rank !== null) return e.rank;
    if (e.parentRank === ROOT_PARENT_RANK && e.hasContent) return INTRO_RANK;
    return e.parentRank + 1;
  }

  /** OCR confuses "c." and "C.", and "I." is both a letter and a Roman numeral: decide from the sequence so far. */
  private resolveStyle(shape: HeadingShape): HeadingStyle {
    const { style, label } = shape;
    if (!label) return style;
    if (style === 'letter-upper' && /^[IVX]$/.test(label)) {
      const lastUpper = this.lastLabel('letter-upper');
      const value = romanValue(label);
      if (value === this.lastPart + 1 && !(lastUpper && successor(lastUpper) === label.toLowerCase())) return 'part-roman';
    }
    if (style === 'letter-upper' || style === 'letter-lower') {
      const other: HeadingStyle = style === 'letter-upper' ? 'letter-lower' : 'letter-upper';
      const lastOwn = this.lastLabel(style);
      const lastOther = this.lastLabel(other);
      const expectedOwn = lastOwn ? successor(lastOwn) : 'a';
      const l = label.toLowerCase();
      if (lastOther && l === successor(lastOther) && l !== expectedOwn) return other;
    }
    return style;
  }

  private lastLabel(style: HeadingStyle): string | null {
    for (let i = this.stack.length - 1; i >= 0; i -= 1) {
      if (this.stack[i].node.style === style) return this.stack[i].node.label;
    }
    return null;
  }

  private push(
    style: HeadingStyle,
    label: string | null,
    heading: string,
    span: Span,
    rank: number | null,
    parentRank: number,
    signature: string,
  ): SectionNode {
    const parent = this.stack[this.stack.length - 1]?.node ?? null;
    const node: SectionNode = {
      id: this.all.length,
      kind: KIND[style],
      style,
      label,
      heading,
      start: span.start,
      end: span.end,
      depth: parent ? parent.depth + 1 : 0,
      parentId: parent ? parent.id : null,
      path: [...(parent?.path ?? []), heading],
      children: [],
    };
    if (parent) parent.children.push(node);
    else this.roots.push(node);
    this.all.push(node);
    this.stack.push({ node, rank, parentRank, signature, hasContent: false });
    return node;
  }
}
