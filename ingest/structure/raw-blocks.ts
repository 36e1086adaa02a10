import type { SourceLine } from './source-lines';
import {
  endsSentence,
  leadingDigitNote,
  leadingSuperscript,
  parseLeadingMarker,
} from './markers';
import { MARKDOWN_HEADING, isPlainHeadingShape, labelledHeading, markedHeadingShape } from './heading-shape';

/** Consecutive lines that belong together before any interpretation (one paragraph, item, heading or note). */
export type RawBlock = {
  lines: SourceLine[];
  /** Visible content span (first line's content start to last line's content end). */
  start: number;
  end: number;
  text: string;
  furniture: boolean;
  /** True when the block is one of several enumerated lines printed without blank lines between (a list). */
  inRun: boolean;
};

const BODY_LINE_MIN = 75;

function isAllCapsLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && text.length <= 80 && letters === letters.toUpperCase();
}

function opensWithMarker(line: SourceLine): 'bullet' | 'enum' | 'note' | null {
  const text = line.raw.slice(line.contentStart - line.start);
  const marker = parseLeadingMarker(text);
  if (marker.bullet) return 'bullet';
  if (leadingSuperscript(text) !== null || leadingDigitNote(text) !== null) return 'note';
  if (marker.enumeration && marker.enumeration.kind !== 'letter-bare') return 'enum';
  return null;
}

function headingLike(line: SourceLine): boolean {
  const text = line.raw.trim();
  if (labelledHeading(text)) return true;
  const marker = parseLeadingMarker(text);
  if (marker.enumeration) return markedHeadingShape(marker, 1) !== null;
  return isPlainHeadingShape(text, 1);
}

/** Should a new block start at `line`, given the block built so far? */
function startsNewBlock(line: SourceLine, current: SourceLine[]): boolean {
  const prev = current[current.length - 1];
  const text = line.raw.trim();
  const prevText = prev.raw.trim();
  if (MARKDOWN_HEADING.test(text) || MARKDOWN_HEADING.test(prevText)) return true;
  const marker = opensWithMarker(line);
  if (marker === 'bullet') return true;
  if (marker && endsSentence(prevText)) return true;
  if (isAllCapsLine(text) !== isAllCapsLine(prevText)) return true;
  return current.length === 1 && headingLike(prev) && text.length >= BODY_LINE_MIN && /^[\p{Lu}\p{N}"“]/u.test(text);
}

/** Group non-blank lines into raw blocks. `furnitureLines` holds indexes of page headers/footers. */
export function buildRawBlocks(text: string, lines: SourceLine[], furnitureLines: Set<number>): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: SourceLine[] = [];
  let currentFurniture = false;
  let groupStart = 0;

  const flush = () => {
    if (current.length === 0) return;
    const first = current[0];
    const last = current[current.length - 1];
    blocks.push({
      lines: current,
      start: first.contentStart,
      end: last.contentEnd,
      text: text.slice(first.contentStart, last.contentEnd),
      furniture: currentFurniture,
      inRun: false,
    });
    current = [];
  };

  for (const line of lines) {
    if (line.blank) {
      flush();
      markRuns(blocks, groupStart);
      groupStart = blocks.length;
      continue;
    }
    const furniture = furnitureLines.has(line.index);
    if (current.length > 0 && (furniture || currentFurniture || startsNewBlock(line, current))) flush();
    if (current.length === 0) currentFurniture = furniture;
    current.push(line);
  }
  flush();
  markRuns(blocks, groupStart);
  return blocks;
}

/** Within one group of adjacent lines, enumerated blocks printed back to back form a list run. */
function markRuns(blocks: RawBlock[], from: number): void {
  const enumerated = blocks.slice(from).filter((b) => !b.furniture && parseLeadingMarker(b.text).enumeration);
  if (enumerated.length < 2) return;
  for (const b of enumerated) b.inRun = true;
}
