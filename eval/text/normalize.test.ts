import { describe, expect, it } from 'vitest';
import { contentTokens } from './content-tokens';
import { normalizeText, tokens } from './normalize';
import { numberWordsToDigits } from './number-words';

describe('numberWordsToDigits', () => {
  it.each([
    [['nine'], ['9']],
    [['ninety', 'seven', 'percent'], ['97', 'percent']],
    [['two', 'hundred', 'and', 'fifty', 'staff'], ['250', 'staff']],
    [['three', 'thousand', 'projects'], ['3000', 'projects']],
    [['one', 'thousand', 'two', 'hundred'], ['1200']],
    [['twelve', 'point', 'strategy'], ['12', 'point', 'strategy']],
    [['one', 'two'], ['1', '2']],
    [['twenty', 'thirty'], ['20', '30']],
    [['third', 'edition'], ['third', 'edition']],
    [['hundred', 'years'], ['hundred', 'years']],
    [['and', 'nine', 'and', 'ten'], ['and', '9', 'and', '10']],
  ])('%j → %j', (input, expected) => {
    expect(numberWordsToDigits(input)).toEqual(expected);
  });
});

describe('tokens', () => {
  it('normalises case, thousands separators, per cent, number words and possessives', () => {
    expect(tokens('Ninety-seven per cent of IOM’s 1,600 staff')).toEqual(['97', 'percent', 'of', 'iom', '1600', 'staff']);
    expect(tokens('USD 1,027,000 or 25%')).toEqual(['usd', '1027000', 'or', '25', 'percent']);
  });

  it('keeps decimals whole and drops footnote superscripts and accents', () => {
    expect(tokens('USD 774.1 million. Profiles¹¹ in Curaçao')).toEqual(['usd', '774.1', 'million', 'profiles', 'in', 'curacao']);
  });

  it('ends a run of number words at punctuation', () => {
    expect(tokens('two hundred; one')).toEqual(['200', '1']);
    expect(tokens('twenty, five')).toEqual(['20', '5']);
  });

  it('leaves digits that are not thousands groups alone', () => {
    expect(tokens('1,5 and 12,34567')).toEqual(['1', '5', 'and', '12', '34567']);
    expect(normalizeText('2,000,000')).toBe('2000000');
  });
});

describe('contentTokens', () => {
  it('drops stop words and single letters, stems words and keeps numbers exact', () => {
    expect(contentTokens('The programmes were extended in 2007, a year of growth.')).toEqual(['programm', 'extend', '2007', 'year', 'growth']);
  });
});
