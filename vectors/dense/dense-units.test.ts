import { describe, expect, it } from 'vitest';
import type { Passage } from '../../ingest/types';
import { denseUnits, denseUnitSpans, denseUnitsWithWindows } from './dense-units';

const passage = (text: string) => ({ text }) as Passage;

describe('dense units', () => {
  const text =
    'IOM held a workshop on labour mobility in Geneva last year. It brought together experts from thirty countries. ' +
    'The report of the workshop will be published in the spring.';

  it('embeds each sentence, then each pair of adjacent sentences as a window', () => {
    const units = denseUnitsWithWindows(passage(text));
    const sentences = denseUnitSpans(passage(text));
    expect(sentences.length).toBe(3);
    expect(units.slice(0, 3)).toEqual(sentences);
    expect(units.slice(3)).toEqual([
      { start: sentences[0].start, end: sentences[1].end, window: true },
      { start: sentences[1].start, end: sentences[2].end, window: true },
    ]);
    expect(denseUnits(passage(text))[3].text).toBe('IOM held a workshop on labour mobility in Geneva last year. It brought together experts from thirty countries.');
  });

  it('gives a one-sentence passage no window', () => {
    expect(denseUnitsWithWindows(passage('A single sentence that is long enough to stand alone.'))).toEqual([
      { start: 0, end: 53 },
    ]);
  });
});
