import { collapseWhitespace, type SourceLine } from './source-lines';
import { labelledHeading } from './heading-shape';
import { parseLeadingMarker } from './markers';

const PAGE_NUMBER = [
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i,
];
const MIN_REPEATS = 3;
const MAX_LENGTH = 80;
/** Repeats count as page furniture only when each is a page apart from the last and stands in a small block. */
const MIN_DISTANCE_CHARS = 500;
const MAX_BLOCK_LINES = 3;

function normalise(text: string): string {
  return collapseWhitespace(text).toLowerCase().replace(/\d+/g, '#');
}

/** Number of non-blank lines in the block around each line. */
function blockSizes(lines: SourceLine[]): number[] {
  const sizes = new Array<number>(lines.length).fill(0);
  let i = 0;
  while (i < lines.length) {
    if (lines[i].blank) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < lines.length && !lines[j].blank) j += 1;
    sizes.fill(j - i, i, j);
    i = j;
  }
  return sizes;
}

/** Every repeat a page or more after the previous one (a row or item repeated line after line is no header). */
function spreadOut(lines: SourceLine[], indexes: number[]): boolean {
  return indexes.every((i, n) => n === 0 || lines[i].start - lines[indexes[n - 1]].end >= MIN_DISTANCE_CHARS);
}

/**
 * Page headers, footers and page numbers: lines such as "Page 3" or "- 4 -", a bare number
 * standing alone between blank lines, and short lines in blocks of at most three lines repeated
 * at least three times, each a page (500 characters) or more after the last (digits ignored, so "MC/INF/302 – Page 2" and
 * "… Page 3" count as one).
 */
export function findFurnitureLines(lines: SourceLine[]): Set<number> {
  const found = new Set<number>();
  const counts = new Map<string, number[]>();
  const sizes = blockSizes(lines);
  lines.forEach((line, i) => {
    if (line.blank) return;
    const text = line.raw.trim();
    if (PAGE_NUMBER.some((re) => re.test(text))) {
      found.add(i);
      return;
    }
    const isolated = (lines[i - 1]?.blank ?? true) && (lines[i + 1]?.blank ?? true);
    if (isolated && /^\d{1,4}$/.test(text)) {
      found.add(i);
      return;
    }
    if (text.length > MAX_LENGTH || labelledHeading(text) || sizes[i] > MAX_BLOCK_LINES) return;
    const marker = parseLeadingMarker(text);
    if (marker.bullet || marker.enumeration) return;
    const key = normalise(text);
    const seen = counts.get(key) ?? [];
    seen.push(i);
    counts.set(key, seen);
  });
  for (const indexes of counts.values()) {
    if (indexes.length >= MIN_REPEATS && spreadOut(lines, indexes)) indexes.forEach((i) => found.add(i));
  }
  return found;
}
