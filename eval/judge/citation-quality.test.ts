import { describe, expect, it } from 'vitest';
import { judgeCitations } from './citation-quality';

const Q1 = 'In 2007 IOM assisted 1,600 victims of trafficking in nine countries.';
const Q2 = 'The Emergency Preparedness Account funded rapid deployments to Haiti.';
const Q3 = 'Staff training covered procurement rules and security procedures.';

describe('judgeCitations (ALCE recall and precision with the lexical judge)', () => {
  it('gives full recall and precision when each sentence is supported by its one citation', () => {
    const j = judgeCitations({
      answer: 'In 2007 IOM assisted 1,600 victims of trafficking in nine countries. [1] The Emergency Preparedness Account funded rapid deployments to Haiti. [2]',
      citations: [{ n: 1, quote: Q1 }, { n: 2, quote: Q2 }],
    });
    expect(j.citationRecall).toBe(1);
    expect(j.citationPrecision).toBe(1);
    expect(j.sentences.every((s) => s.supportedByOne)).toBe(true);
  });

  it('counts a sentence without a marker as unsupported', () => {
    const j = judgeCitations({ answer: `${Q1} [1] ${Q2}`, citations: [{ n: 1, quote: Q1 }, { n: 2, quote: Q2 }] });
    expect(j.citationRecall).toBe(0.5);
    expect(j.sentences[1]).toMatchObject({ markers: [], supportedByOne: false });
    expect(j.citationPrecision).toBe(1);
  });

  it('fails a sentence whose citation does not say it, and counts that citation irrelevant', () => {
    const j = judgeCitations({ answer: `${Q1} [1]`, citations: [{ n: 1, quote: Q2 }] });
    expect(j.citationRecall).toBe(0);
    expect(j.citationPrecision).toBe(0);
  });

  it('fails a sentence that changes a number even when every word is cited', () => {
    const j = judgeCitations({ answer: 'In 2007 IOM assisted 1,700 victims of trafficking in nine countries. [1]', citations: [{ n: 1, quote: Q1 }] });
    expect(j.citationRecall).toBe(0);
    expect(j.sentences[0].support.missingNumbers).toEqual(['1700']);
  });

  it('marks an extra citation irrelevant when it covers under half the sentence and is not needed', () => {
    const j = judgeCitations({ answer: `${Q1} [1][2]`, citations: [{ n: 1, quote: Q1 }, { n: 2, quote: Q3 }] });
    expect(j.citationRecall).toBe(1);
    expect(j.sentences[0].citations).toEqual([
      { n: 1, coverage: 1, relevant: true },
      { n: 2, coverage: 0, relevant: false },
    ]);
    expect(j.citationPrecision).toBe(0.5);
  });

  it('keeps a redundant citation that alone covers at least half of the sentence (condition A)', () => {
    const partial = 'IOM assisted victims of trafficking.';
    const j = judgeCitations({ answer: `${Q1} [1][2]`, citations: [{ n: 1, quote: Q1 }, { n: 2, quote: partial }] });
    expect(j.sentences[0].citations[1].coverage).toBeGreaterThanOrEqual(0.5);
    expect(j.citationPrecision).toBe(1);
  });

  it('keeps a citation that covers little alone but is needed for the joint support (condition B)', () => {
    const sentence = 'Staff training covered procurement rules, security procedures, budgeting, reporting and audits in 2009.';
    const big = 'Staff training covered procurement rules, security procedures, budgeting and reporting.';
    const small = 'Audits in 2009.';
    const j = judgeCitations({ answer: `${sentence} [1][2]`, citations: [{ n: 1, quote: big }, { n: 2, quote: small }] });
    expect(j.sentences[0].support.supported).toBe(true);
    expect(j.sentences[0].citations[1].coverage).toBeLessThan(0.5);
    expect(j.sentences[0].citations.map((c) => c.relevant)).toEqual([true, true]);
    expect(j.sentences[0].supportedByOne).toBe(false);
  });

  it('fails a sentence with a marker that points at no citation, as ALCE does, and counts its citations irrelevant', () => {
    const j = judgeCitations({ answer: `${Q1} [1][7] ${Q2} [2]`, citations: [{ n: 1, quote: Q1 }, { n: 2, quote: Q2 }] });
    expect(j.sentences[0].dangling).toEqual([7]);
    expect(j.sentences[0].support.supported).toBe(false);
    expect(j.sentences[0].supportedByOne).toBe(true);
    expect(j.citationRecall).toBe(0.5);
    expect(j.citationPrecision).toBeCloseTo(1 / 3);
  });

  it('gives zero precision to an answer that cites nothing, as ALCE does', () => {
    const j = judgeCitations({ answer: Q1, citations: [] });
    expect(j).toMatchObject({ citationRecall: 0, citationPrecision: 0, citationUses: 0 });
  });
});
