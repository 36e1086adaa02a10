import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25-index';
import { foldNumbers } from './number-words';
import { terms } from './tokenize';

describe('foldNumbers', () => {
  it.each([
    ['ninety-seven per cent', '97  percent '],
    ['sixty', '60'],
    ['the sixtieth anniversary', 'the 60 anniversary'],
    ['the 60th anniversary', 'the 60 anniversary'],
    ['the twenty-first century', 'the 21 century'],
    ['twenty one states', '21 states'],
    ['the 481st session', 'the 481 session'],
    ['the twelfth session', 'the 12 session'],
    ['45%', '45 percent '],
  ])('%s → %s', (text, folded) => expect(foldNumbers(text)).toBe(folded));

  it.each(['one of the first steps', 'point 2', 'the third country', 'the 1990s'])(
    'leaves the small numbers of everyday words alone: %s',
    (text) => expect(foldNumbers(text)).toBe(text),
  );

  it('joins a unit to a tens word only', () => expect(foldNumbers('fifteen three')).toBe('15 three'));

  it('gives words and digits one search term', () => {
    expect(terms('Ninety-seven per cent of IOM staff')).toEqual(terms('97% of IOM staff'));
    expect(terms('The 60th anniversary')).toContain(terms('turn sixty').at(-1));
  });

  it('lets a question in digits find a report in words', () => {
    const index = new Bm25Index();
    index.add(0, 'Ninety-seven per cent of IOM staff members are posted in the Field.');
    index.add(1, 'IOM staff at Headquarters number some 300.');
    expect(index.search('97% of staff', 2)[0].label).toBe(0);
  });
});
