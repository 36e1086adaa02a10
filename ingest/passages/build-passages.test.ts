import { describe, expect, it } from 'vitest';
import { buildPassages } from './build-passages';
import { parseDocument } from '../structure/parse-document';
import { IngestStructureError } from '../structure/errors';
import type { LoadedText } from '../types';
import { inlineText } from '../../test-support/structure-corpus';
import { passageInvariantViolations } from '../../test-support/structure-invariants';

const LONG_SENTENCES = Array.from(
  { length: 30 },
  (_, i) => `Sentence ${i + 1} of the long paragraph reports on e.g. the U.S. programme worth USD 78${i}.5 million.`,
).join(' ');

const REPORT = `ANNUAL REPORT ON TESTING

I. Overview

1. The first paragraph is short and cites a note.¹

¹ A note on the first paragraph: 42,664 persons took part.

Unnumbered text one under the overview, with a full sentence.

Unnumbered text two under the overview, with another sentence.

II. Details

2. ${LONG_SENTENCES}
`;

function build(loaded: LoadedText, options?: Parameters<typeof buildPassages>[2]) {
  const parsed = parseDocument(loaded);
  return { parsed, passages: buildPassages(loaded, parsed, options) };
}

describe('buildPassages', () => {
  const loaded = inlineText(REPORT, 'reports/annual.txt');
  const { parsed, passages } = build(loaded);

  it('keeps the contract: verbatim slices, unique ids, metadata, nothing lost', () => {
    expect(passageInvariantViolations(loaded, parsed, passages)).toEqual([]);
    expect(passages.every((p) => p.title === 'Annual Report on Testing' && p.page === null)).toBe(true);
  });

  it('makes a numbered paragraph one passage and files its footnote under it', () => {
    const p1 = passages.filter((p) => p.paragraph === '1');
    expect(p1.map((p) => p.text)).toEqual([
      '1. The first paragraph is short and cites a note.¹',
      '¹ A note on the first paragraph: 42,664 persons took part.',
    ]);
    expect(p1.every((p) => p.sectionPath.join() === 'I. Overview')).toBe(true);
  });

  it('packs consecutive unnumbered paragraphs of one section', () => {
    const packed = passages.filter((p) => p.paragraph === null && p.sectionPath[0] === 'I. Overview');
    expect(packed).toHaveLength(1);
    expect(packed[0].text).toMatch(/^Unnumbered text one[\s\S]*Unnumbered text two.*sentence\.$/);
  });

  it('splits a long paragraph on sentence boundaries with one sentence of overlap', () => {
    const parts = passages.filter((p) => p.paragraph === '2');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(1500);
      expect(p.sectionPath).toEqual(['II. Details']);
      expect(p.text).toMatch(/^(2\. )?Sentence \d+ .*million\.$/s);
    }
    for (let i = 1; i < parts.length; i += 1) {
      const lastOfPrevious = /Sentence \d+ [^]*?million\.$/.exec(parts[i - 1].text.split(/(?<=million\.) /).pop()!)![0];
      expect(parts[i].text.startsWith(lastOfPrevious)).toBe(true);
    }
  });

  it('never makes a passage of a heading alone', () => {
    expect(passages.some((p) => /^(I|II)\. (Overview|Details)$/.test(p.text))).toBe(false);
  });

  it('gives the page where each passage starts', () => {
    const cut = REPORT.indexOf('II. Details');
    const paged = { ...loaded, pages: [{ page: 1, start: 0, end: cut }, { page: 2, start: cut, end: REPORT.length }] };
    const withPages = buildPassages(paged, parseDocument(paged));
    expect(withPages.find((p) => p.paragraph === '1')?.page).toBe(1);
    expect(withPages.filter((p) => p.paragraph === '2').every((p) => p.page === 2)).toBe(true);
  });

  it('derives stable ids from source, place and text', () => {
    expect(build(loaded).passages.map((p) => p.id)).toEqual(passages.map((p) => p.id));
    const appended = build(inlineText(`${REPORT}\nIII. Later\n\n3. A new paragraph at the end.\n`, 'reports/annual.txt')).passages;
    expect(appended.map((p) => p.id)).toEqual(expect.arrayContaining(passages.map((p) => p.id)));
    const renamed = build(inlineText(REPORT, 'reports/other.txt')).passages;
    expect(renamed.some((p) => passages.some((q) => q.id === p.id))).toBe(false);
  });

  it('honours smaller limits and no overlap', () => {
    const small = buildPassages(loaded, parsed, { maxChars: 300, overlapSentences: 0 });
    expect(passageInvariantViolations(loaded, parsed, small)).toEqual([]);
    expect(small.every((p) => p.text.length <= 300)).toBe(true);
    const parts = small.filter((p) => p.paragraph === '2');
    for (let i = 1; i < parts.length; i += 1) expect(parts[i].start).toBeGreaterThanOrEqual(parts[i - 1].end);
  });

  it('rejects bad options and a parse of another text with stable codes', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return IngestStructureError.isInstance(error) ? error.code : 'other';
      }
      return 'none';
    };
    expect(code(() => buildPassages(loaded, parsed, { maxChars: 50 }))).toBe('INGEST_INVALID_PASSAGE_OPTIONS');
    expect(code(() => buildPassages(loaded, parsed, { overlapSentences: -1 }))).toBe('INGEST_INVALID_PASSAGE_OPTIONS');
    expect(code(() => buildPassages(inlineText(REPORT, 'reports/other.txt'), parsed))).toBe('INGEST_PARSE_MISMATCH');
  });

  it('stays linear on a megabyte of text', () => {
    const huge = inlineText('This is one more sentence in a very long paragraph. '.repeat(20_000));
    const started = performance.now();
    const pieces = buildPassages(huge, parseDocument(huge));
    expect(performance.now() - started).toBeLessThan(8000);
    expect(pieces.every((p) => p.text.length <= 1500)).toBe(true);
  });
});
