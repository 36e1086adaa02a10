import type { Span } from './types';

/** One physical line; `start`/`end` exclude the line break (and a trailing `\r`). */
export type SourceLine = Span & {
  index: number;
  /** The line without its break. */
  raw: string;
  /** Span of the visible content (leading/trailing whitespace excluded); empty when blank. */
  contentStart: number;
  contentEnd: number;
  blank: boolean;
  /** Leading whitespace width, used to tell nested list items. */
  indent: number;
};

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    let end = nl;
    if (end > start && text[end - 1] === '\r') end -= 1;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const blank = raw.trim().length === 0;
    lines.push({
      index,
      start,
      end,
      raw,
      blank,
      indent: blank ? 0 : lead,
      contentStart: blank ? start : start + lead,
      contentEnd: blank ? start : end - trail,
    });
    index += 1;
    if (nl === text.length) break;
    start = nl + 1;
  }
  return lines;
}

/** Collapse every whitespace run (including line breaks) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
