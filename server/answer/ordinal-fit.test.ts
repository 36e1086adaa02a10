import { describe, expect, it } from 'vitest';
import { askedOrdinals, otherOrdinalsOnly } from './ordinal-fit';

describe('ordinal fit', () => {
  it('reads the ordinal that picks one of a series, not "the first to" or an adverb', () => {
    expect(askedOrdinals('Where will the second IDM intersessional workshop be held?')).toEqual(new Set(['second']));
    expect(askedOrdinals('What is the first of the two overarching themes?')).toEqual(new Set(['first']));
    expect(askedOrdinals('Which IOM paper was the first to look at the MDGs?')).toEqual(new Set());
    expect(askedOrdinals('When did IOM first chair the Global Migration Group?')).toEqual(new Set());
    expect(askedOrdinals("Where was IOM's second workshop held?")).toEqual(new Set(['second']));
  });

  it('refuses a sentence that names only other members of the series', () => {
    const asked = askedOrdinals('Where will the second workshop be held?');
    expect(otherOrdinalsOnly(asked, { text: 'The first workshop in 2007 will be held in Geneva on 18-19 June.' })).toBe(true);
    expect(otherOrdinalsOnly(asked, { text: 'The first workshop is in Geneva and the second in Bangkok.' })).toBe(false);
    expect(otherOrdinalsOnly(asked, { text: 'The workshop will be held in Bangkok.' })).toBe(false);
    expect(otherOrdinalsOnly(new Set(), { text: 'The first workshop will be held in Geneva.' })).toBe(false);
  });

  it('reads no series in "for the first time", "twenty-first" or an opening "First,"', () => {
    const asked = askedOrdinals('Where was the second session held?');
    for (const text of ['It was held for the first time in Dakar.', 'First, the session was held in Dakar.', 'Migration in the twenty-first century was discussed in Dakar.']) {
      expect(otherOrdinalsOnly(asked, { text })).toBe(false);
    }
  });
});
