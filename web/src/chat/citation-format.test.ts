import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../server/protocol';
import { answerMarkdown, blockquote, citationLine, quoteMarkdown } from './citation-format';

const citation = (over: Partial<Citation> = {}): Citation => ({
  n: 1, passageId: 'p1', source: '003.txt', title: 'Report on the 12-point strategy', symbol: 'MC/INF/302', date: '2010-11-01',
  sectionPath: ["III. IOM's work in implementing the 12-point Strategy", 'Point 1'], paragraph: '16', page: null,
  quote: 'IOM provides secure, reliable services.', start: 10, end: 49, score: 0.9,
  ref: "MC/INF/302 — III. IOM's work in implementing the 12-point Strategy › Point 1 — ¶ 16", ...over,
});

describe('citationLine', () => {
  it('reads symbol, section path and paragraph', () => {
    expect(citationLine(citation())).toBe("MC/INF/302, III. IOM's work in implementing the 12-point Strategy › Point 1, ¶ 16");
  });

  it('falls back to the title and leaves out what is missing', () => {
    expect(citationLine(citation({ symbol: null, sectionPath: [], paragraph: null }))).toBe('Report on the 12-point strategy');
    expect(citationLine(citation({ symbol: null, paragraph: null, sectionPath: ['Annex'], page: 4 }))).toBe('Report on the 12-point strategy, Annex, p. 4');
  });
});

describe('quoteMarkdown', () => {
  it('is a blockquote, a blank line, then the attribution', () => {
    expect(quoteMarkdown(citation())).toBe(
      "> IOM provides secure, reliable services.\n\n— MC/INF/302, III. IOM's work in implementing the 12-point Strategy › Point 1, ¶ 16\n",
    );
  });

  it('keeps a multi-line quote inside one blockquote', () => {
    expect(blockquote('first line\n\nsecond line  \n')).toBe('> first line\n>\n> second line');
  });
});

describe('answerMarkdown', () => {
  it('gives the answer, then each source in number order with its quote', () => {
    const md = answerMarkdown({
      answer: 'IOM provides services [1]. It trains officials [2].',
      citations: [citation({ n: 2, quote: 'IOM trains border officials.', paragraph: '17' }), citation()],
    });
    expect(md).toBe([
      'IOM provides services [1]. It trains officials [2].',
      '',
      'Sources:',
      '',
      "[1] MC/INF/302, III. IOM's work in implementing the 12-point Strategy › Point 1, ¶ 16",
      '> IOM provides secure, reliable services.',
      '',
      "[2] MC/INF/302, III. IOM's work in implementing the 12-point Strategy › Point 1, ¶ 17",
      '> IOM trains border officials.',
      '',
    ].join('\n'));
  });
});
