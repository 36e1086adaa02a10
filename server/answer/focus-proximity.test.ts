import { describe, expect, it } from 'vitest';
import type { Candidate, PassageContext } from './candidates';
import { alreadyQuoted, focusProximity } from './focus-proximity';

const SOURCE =
  'The final report was submitted in February 2003.\n\n' +
  '- Upon request, the Division compared the treatment of migrants. A report was submitted in July 2002.\n' +
  '- A study was prepared for the Commission. A final report was submitted in April 2003.';

/** A sentence of SOURCE as a composer candidate; the passage is the whole text. */
function sentence(text: string, source = 'a.txt'): Candidate {
  const start = SOURCE.indexOf(text);
  const context = { passage: { source, text: SOURCE }, base: 0, sourceText: SOURCE } as unknown as PassageContext;
  return { context, start, end: start + text.length } as unknown as Candidate;
}
const cited = 'Upon request, the Division compared the treatment of migrants.';
const focus = [{ source: 'a.txt', start: SOURCE.indexOf(cited), end: SOURCE.indexOf(cited) + cited.length }];

describe('focusProximity', () => {
  it('is 1 for the quoted span itself and near 1 for the next sentence of the same item', () => {
    expect(focusProximity(sentence(cited), focus, 400)).toBe(1);
    expect(focusProximity(sentence('A report was submitted in July 2002.'), focus, 400)).toBeGreaterThan(0.99);
  });

  it('keeps only 30 % across a paragraph or list-item break, however close', () => {
    const before = focusProximity(sentence('The final report was submitted in February 2003.'), focus, 400);
    const nextItem = focusProximity(sentence('A study was prepared for the Commission.'), focus, 400);
    expect(before).toBeLessThanOrEqual(0.3);
    expect(before).toBeGreaterThan(0.29);
    expect(nextItem).toBeLessThanOrEqual(0.3);
  });

  it('falls off with distance and is 0 in another document', () => {
    const near = focusProximity(sentence('A study was prepared for the Commission.'), focus, 400);
    const far = focusProximity(sentence('A final report was submitted in April 2003.'), focus, 400);
    expect(far).toBeLessThan(near);
    expect(focusProximity(sentence(cited, 'b.txt'), focus, 400)).toBe(0);
    expect(focusProximity(sentence(cited), [], 400)).toBe(0);
  });
});

describe('alreadyQuoted', () => {
  it('holds for a sentence inside a quoted span of the same document only', () => {
    expect(alreadyQuoted(sentence(cited), focus)).toBe(true);
    expect(alreadyQuoted(sentence('A report was submitted in July 2002.'), focus)).toBe(false);
    expect(alreadyQuoted(sentence(cited, 'b.txt'), focus)).toBe(false);
  });
});
