import { describe, expect, it } from 'vitest';
import { judgeSupport } from './support';

describe('judgeSupport', () => {
  it('supports a sentence copied from its quote, cleaned as answers are', () => {
    const quote = 'IOM’s Counter-\nTrafficking programme assisted 1,600 victims¹ in *nine* countries.';
    const judgement = judgeSupport('IOM’s Counter-Trafficking programme assisted 1,600 victims in nine countries.', [quote]);
    expect(judgement).toMatchObject({ supported: true, coverage: 1, missing: [], missingNumbers: [] });
  });

  it('supports a sentence whose words are spread over several quotes', () => {
    expect(judgeSupport('The Council met in Geneva in 2007.', ['The Council met twice.', 'Sessions were held in Geneva in 2007.']).supported).toBe(true);
  });

  it('needs at least 80 % of the content tokens', () => {
    // content tokens: council adopt strategi geneva novemb → 4 of 5 present, then 3 of 5.
    expect(judgeSupport('The Council adopted the strategy in Geneva in November.', ['Council adopted strategy Geneva']).coverage).toBeCloseTo(0.8);
    expect(judgeSupport('The Council adopted the strategy in Geneva in November.', ['Council adopted strategy Geneva']).supported).toBe(true);
    expect(judgeSupport('The Council adopted the strategy in Geneva in November.', ['Council adopted strategy']).supported).toBe(false);
  });

  it('fails a sentence whose number is not in the quotes, however many words match', () => {
    const judgement = judgeSupport('The programme assisted 1,700 victims in nine countries.', ['The programme assisted 1,600 victims in nine countries.']);
    expect(judgement.supported).toBe(false);
    expect(judgement.missingNumbers).toEqual(['1700']);
    expect(judgement.coverage).toBeGreaterThanOrEqual(0.8);
  });

  it('treats number words and digits alike', () => {
    expect(judgeSupport('Nine offices opened.', ['9 offices opened']).supported).toBe(true);
  });

  it('supports nothing without evidence', () => {
    expect(judgeSupport('IOM opened offices.', []).supported).toBe(false);
    expect(judgeSupport('IOM opened offices.', []).coverage).toBe(0);
  });
});
