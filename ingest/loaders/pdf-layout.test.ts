import { describe, expect, it } from 'vitest';
import { assemblePages, groupIntoLines, usualLinePitch, type PlacedText } from './pdf-layout';

const piece = (str: string, x: number, y: number, size = 10, width = str.length * size * 0.5): PlacedText => ({ str, x, y, size, width });

describe('groupIntoLines', () => {
  it('puts pieces with close baselines on one line, left to right, spaced only across real gaps', () => {
    const lines = groupIntoLines([
      piece('world', 60, 700),
      piece('Hel', 20, 700.4, 10, 15),
      piece('lo', 35, 700, 10, 10), // touches "Hel": no space inserted
      piece('²', 86, 703.5, 6), // raised note marker
      piece(' ', 45, 700, 10, 3), // an explicit space piece
      piece('next', 20, 688),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Hello world ²', 'next']);
    expect(lines[0].y).toBeCloseTo(700.4); // the baseline of the largest text, not of the superscript
  });

  it('drops empty and whitespace-only lines', () => {
    expect(groupIntoLines([piece('', 0, 700), piece('  ', 0, 650), piece('x', 0, 600)]).map((l) => l.text)).toEqual(['x']);
  });
});

describe('paragraphs and pages', () => {
  const body = (y: number, text: string) => ({ y, size: 10, text });

  it('breaks paragraphs on gaps clearly larger than the usual pitch', () => {
    const page = [body(700, 'a1'), body(688, 'a2'), body(676, 'a3'), body(656, 'b1'), body(644, 'b2'), body(632, 'b3')];
    expect(usualLinePitch([page])).toBeCloseTo(1.2);
    expect(assemblePages([page]).text).toBe('a1\na2\na3\n\nb1\nb2\nb3');
  });

  it('still splits a page made only of one-line paragraphs', () => {
    const page = [body(700, 'one'), body(680, 'two'), body(660, 'three')];
    expect(assemblePages([page]).text).toBe('one\n\ntwo\n\nthree');
  });

  it('separates pages by a blank line and records 1-based spans', () => {
    const { text, pages } = assemblePages([[body(700, 'p1')], [], [body(700, 'p3'), body(688, 'more')]]);
    expect(text).toBe('p1\n\n\n\np3\nmore');
    expect(pages).toEqual([
      { page: 1, start: 0, end: 2 },
      { page: 2, start: 4, end: 4 },
      { page: 3, start: 6, end: 13 },
    ]);
  });
});
