import { describe, expect, it } from 'vitest';
import { PASSAGES } from '../../test-support/answer-passages';
import { formatRef } from './format-ref';
import { passageCitation } from './passage-citation';

describe('formatRef', () => {
  it('reads symbol — section path — paragraph', () => {
    expect(formatRef(PASSAGES.visaServices)).toBe("MC/INF/302 — III. IOM's work in implementing the 12-point Strategy › Point 1 — ¶ 16");
  });

  it('uses the title when there is no symbol and leaves out a missing paragraph', () => {
    expect(formatRef(PASSAGES.membership)).toBe(
      'Migration Policy and Research Activities — B. Priority areas of activity › 1. IOM Council International Dialogue on Migration',
    );
  });

  it('adds the page when known, and skips an empty section path', () => {
    expect(formatRef({ symbol: 'IC/2007/7', title: 'IDM 2007', sectionPath: [], paragraph: '12', page: 4 })).toBe('IC/2007/7 — ¶ 12, p. 4');
    expect(formatRef({ symbol: null, title: 'A report', sectionPath: ['Annex'], paragraph: null, page: 2 })).toBe('A report — Annex — p. 2');
  });
});

describe('passageCitation', () => {
  it('quotes the whole passage at its own offsets, with all its metadata and ref', () => {
    const passage = PASSAGES.healthAssessments;
    const citation = passageCitation(passage, 3, 0.42);
    expect(citation).toEqual({
      n: 3,
      passageId: passage.id,
      source: passage.source,
      title: passage.title,
      symbol: 'MC/INF/302',
      date: '2010-10-12',
      sectionPath: passage.sectionPath,
      paragraph: '19',
      page: null,
      quote: passage.text,
      start: passage.start,
      end: passage.end,
      score: 0.42,
      ref: "MC/INF/302 — III. IOM's work in implementing the 12-point Strategy › Point 1 — ¶ 19",
    });
  });
});
