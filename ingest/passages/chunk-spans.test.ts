import { describe, expect, it } from 'vitest';
import { chunkSpan } from './chunk-spans';

const sentence = (n: number) => `Sentence number ${n} says something about migration and development in some detail.`;

describe('chunkSpan', () => {
  it('returns a span that fits whole, and splits a long one on sentence boundaries', () => {
    const text = Array.from({ length: 10 }, (_, i) => sentence(i)).join(' ');
    expect(chunkSpan(text, { start: 0, end: text.length }, 10_000, 1)).toEqual([{ start: 0, end: text.length }]);
    const chunks = chunkSpan(text, { start: 0, end: text.length }, 300, 0);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(text.slice(c.start, c.end)).toMatch(/^Sentence.*\.$/s);
  });

  it('never ends a chunk inside a sentence a page break interrupted with a footnote', () => {
    const before = Array.from({ length: 4 }, (_, i) => sentence(i)).join(' ');
    const cut = `${before} There have been two such programmes (in`;
    const note = '\n\n¹² A footnote printed at the foot of the page, long enough to matter for the chunk size here.\n\n';
    const text = `${cut}${note}2008–2012 and 2006–2009) and similar programmes elsewhere. ${sentence(9)}`;
    const gap = { start: cut.length, end: cut.length + note.length };
    const chunks = chunkSpan(text, { start: 0, end: text.length }, 250, 0, [gap]);
    const holding = chunks.find((c) => c.start <= text.indexOf('There have') && c.end > text.indexOf('There have'))!;
    expect(text.slice(holding.start, holding.end)).toContain('similar programmes elsewhere.');
    // Without the page break's gap, the same text splits inside the sentence.
    const plain = chunkSpan(text, { start: 0, end: text.length }, 250, 0);
    expect(plain.some((c) => text.slice(c.start, c.end).endsWith('(in') || text.slice(c.start, c.end).endsWith('here.'))).toBe(true);
  });
});
