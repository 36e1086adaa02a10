import type { BlockKind, FootnoteCiter, Span } from './types';
import type { BlockRole, ListKind } from './classify-blocks';

/** A content block while the parser is still assembling it (mutable; becomes a ContentBlock at the end). */
export type WorkBlock = {
  kind: BlockKind;
  spans: Span[];
  /** Section where the block physically sits. */
  sectionId: number | null;
  paragraph: string | null;
  label: string | null;
  /** Index (in the work list) of the block heading this block's citation unit. */
  unit: number;
  listFamily: ListKind | null;
  indent: number;
  footnote: { number: number | null; inferred: boolean; citedBy: FootnoteCiter | null } | null;
  /** Last non-footnote content block before this one (a footnote with no citing marker is filed under it). */
  anchor: number | null;
  /** Role of the classified block that followed this one in the source. */
  nextRole: BlockRole | 'end';
};

export function firstStart(block: WorkBlock): number {
  return block.spans[0].start;
}

export function lastEnd(block: WorkBlock): number {
  return block.spans[block.spans.length - 1].end;
}

export function lastSpanText(block: WorkBlock, text: string): string {
  const s = block.spans[block.spans.length - 1];
  return text.slice(s.start, s.end);
}
