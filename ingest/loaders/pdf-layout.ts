import type { PageSpan } from '../types';

/** A piece of text on a page: baseline origin (x, y) in points (y grows upwards), font size, advance width. */
export type PlacedText = { str: string; x: number; y: number; size: number; width: number };

/** A line of a page: its baseline, the size of its largest text, and its text. */
export type PdfLine = { y: number; size: number; text: string };

/** A gap is a paragraph break when it exceeds the document's usual line pitch by this factor. */
const PARAGRAPH_GAP_FACTOR = 1.3;
/** Bounds on the usual pitch (baseline distance / font size), so a page of one-line paragraphs still splits. */
const MIN_PITCH = 1.0;
const MAX_PITCH = 1.4;
const DEFAULT_PITCH = 1.2;

function joinItems(items: PlacedText[]): string {
  let text = '';
  let previous: PlacedText | null = null;
  for (const item of items) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const spaced = /\s$/.test(text) || /^\s/.test(item.str);
      if (!spaced && gap > 0.15 * Math.min(previous.size, item.size)) text += ' ';
    }
    text += item.str;
    previous = item;
  }
  return text.replace(/\s+$/, '').replace(/^\s+/, '');
}

/**
 * Groups a page's text pieces into lines, top to bottom: pieces whose baselines lie within half
 * a font size of each other share a line (so superscript note markers stay on their line),
 * ordered left to right. Multi-column pages come out interleaved line by line.
 */
export function groupIntoLines(items: PlacedText[]): PdfLine[] {
  const sorted = items.filter((item) => item.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: PlacedText[] }[] = [];
  for (const item of sorted) {
    const size = Math.max(item.size, 1);
    const group = groups.at(-1);
    if (group && Math.abs(group.y - item.y) <= 0.5 * Math.max(group.size, size)) {
      group.items.push(item);
      if (size > group.size) Object.assign(group, { y: item.y, size }); // the largest text sets the baseline
    } else {
      groups.push({ y: item.y, size, items: [item] });
    }
  }
  return groups
    .map((g) => ({ y: g.y, size: g.size, text: joinItems(g.items.sort((a, b) => a.x - b.x)) }))
    .filter((line) => line.text !== '');
}

const gapRatio = (above: PdfLine, below: PdfLine) => (above.y - below.y) / Math.max(above.size, below.size);

/**
 * The usual distance between baselines, in font sizes, over the whole document. The lower quartile
 * of the gaps, not the median: in a report of short paragraphs most gaps are paragraph gaps.
 */
export function usualLinePitch(pages: PdfLine[][]): number {
  const ratios = pages.flatMap((lines) => lines.slice(1).map((line, i) => gapRatio(lines[i], line))).filter((r) => r > 0);
  if (ratios.length === 0) return DEFAULT_PITCH;
  ratios.sort((a, b) => a - b);
  const lowerQuartile = ratios[Math.floor(ratios.length / 4)];
  return Math.min(MAX_PITCH, Math.max(MIN_PITCH, lowerQuartile));
}

/** A page's text: lines joined by "\n", and by a blank line where the vertical gap marks a new paragraph. */
export function pageText(lines: PdfLine[], pitch: number): string {
  return lines
    .map((line, i) => (i === 0 ? '' : gapRatio(lines[i - 1], line) > pitch * PARAGRAPH_GAP_FACTOR ? '\n\n' : '\n') + line.text)
    .join('');
}

/** The document text, pages separated by a blank line, with each page's [start, end) range in it. */
export function assemblePages(pages: PdfLine[][]): { text: string; pages: PageSpan[] } {
  const pitch = usualLinePitch(pages);
  const spans: PageSpan[] = [];
  let text = '';
  pages.forEach((lines, i) => {
    if (i > 0) text += '\n\n';
    const start = text.length;
    text += pageText(lines, pitch);
    spans.push({ page: i + 1, start, end: text.length });
  });
  return { text, pages: spans };
}
