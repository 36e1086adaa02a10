import { describe, expect, it } from 'vitest';
import { buildPassages } from './build-passages';
import { parseDocument } from '../structure/parse-document';
import { loadReport, reportFiles } from '../../test-support/structure-corpus';
import { passageInvariantViolations } from '../../test-support/structure-invariants';

function passagesOf(prefix: string, options?: Parameters<typeof buildPassages>[2]) {
  const loaded = loadReport(prefix);
  const parsed = parseDocument(loaded);
  return { loaded, parsed, passages: buildPassages(loaded, parsed, options) };
}

describe.each(reportFiles())('passages of %s', (file) => {
  const prefix = file.slice(0, 4);

  it('keep the contract: verbatim, unique stable ids, nothing lost, within the size limit', () => {
    const { loaded, parsed, passages } = passagesOf(prefix);
    expect(passages.length).toBeGreaterThan(10);
    expect(passageInvariantViolations(loaded, parsed, passages)).toEqual([]);
    expect(passages.every((p) => p.text.length <= 1500)).toBe(true);
    expect(passagesOf(prefix).passages.map((p) => p.id)).toEqual(passages.map((p) => p.id));
  });

  it('keep the contract with small passages too', () => {
    const { loaded, parsed, passages } = passagesOf(prefix, { maxChars: 400, overlapSentences: 1 });
    expect(passageInvariantViolations(loaded, parsed, passages)).toEqual([]);
    expect(passages.every((p) => p.text.length <= 400)).toBe(true);
  });
});

describe('citable passages in the bundled reports', () => {
  it('MC/INF/302 ¶16 is one passage under III › Point 1', () => {
    const { passages } = passagesOf('003_');
    const p16 = passages.filter((p) => p.paragraph === '16' && p.sectionPath[0] !== 'Annex');
    expect(p16).toHaveLength(1);
    expect(p16[0]).toMatchObject({ symbol: 'MC/INF/302', date: '12 October 2010', title: 'Review of the IOM Strategy' });
    expect(p16[0].sectionPath).toEqual([
      "III. IOM's work in implementing the 12-point Strategy",
      'Point 1: To provide secure, reliable, flexible and cost-effective services for persons who require international migration assistance.',
    ]);
    expect(p16[0].text).toMatch(/^16\. IOM's services in support of both temporary and permanent visa categories[^]*133,532 in 2009\.$/);
  });

  it('MC/INF/302 ¶5 is one passage across its page break', () => {
    const p5 = passagesOf('003_').passages.filter((p) => p.paragraph === '5' && p.sectionPath[0] !== 'Annex');
    expect(p5).toHaveLength(1);
    expect(p5[0].text).toContain('Brussels, Belgium, in\n\nJuly 2007. Since then');
  });

  it('footnote 4 of 001 is retrievable on its own and filed where its paragraph is', () => {
    const holders = passagesOf('001_').passages.filter((p) => p.text.includes('In 2011 alone, 42,664 persons participated'));
    // The note's own passage; the paragraph split by that page also encloses it.
    expect(holders).toHaveLength(2);
    const note = holders.find((p) => p.text.startsWith('⁴'))!;
    expect(note.text).toBe('⁴ In 2011 alone, 42,664 persons participated in IOM migrant training programmes.');
    expect(note.sectionPath).toEqual([
      '1. Migration and development activities since the 2006 Highlevel Dialogue',
      'Migration for the human development of individual migrants',
    ]);
  });

  it('IC/2007/7 ¶2 and its note carry their section and number', () => {
    const { passages } = passagesOf('004_');
    const p2 = passages.find((p) => p.paragraph === '2')!;
    expect(p2.sectionPath).toEqual(['IDM 2007: Migration Management in the Evolving Global Economy', 'Migration and the Environment: Expert Seminar']);
    expect(p2.symbol).toBe('IC/2007/7');
    const link = passages.find((p) => p.text.startsWith('To access the materials of the seminar'))!;
    expect(link).toMatchObject({ paragraph: '3', sectionPath: p2.sectionPath });
  });
});
