import { describe, expect, it } from 'vitest';
import { containsFact, factRecall, missingFacts } from './facts';

describe('containsFact', () => {
  it.each([
    ['IOM had 9 offices.', 'nine'],
    ['IOM had nine offices.', '9'],
    ['97 % of the migrants', 'Ninety-seven per cent'],
    ['some 1600 officials', '1,600'],
    ['The MEMBERSHIP has more\n than doubled', 'membership has more than doubled'],
    ['USD 1 billion (2005 estimated)', 'USD 1 billion'],
    ['on 18-19 June in Geneva', '18-19 June'],
  ])('finds %j in %j', (text, fact) => {
    expect(containsFact(text, fact)).toBe(true);
  });

  it.each([
    ['sixty experts', 'six'],
    ['600 officials', '60'],
    ['in 2008', '2007'],
    ['USD 774.1 million', '774'],
    ['Spain and the Government', 'Government of Spain'],
  ])('does not find %j in %j', (text, fact) => {
    expect(containsFact(text, fact)).toBe(false);
  });
});

describe('factRecall', () => {
  it('is the share of facts found, and names the missing ones', () => {
    const text = 'Offices opened in Manila and Athens.';
    expect(factRecall(text, ['Manila', 'Athens', 'Puerto Vallarta'])).toBeCloseTo(2 / 3);
    expect(missingFacts(text, ['Manila', 'Athens', 'Puerto Vallarta'])).toEqual(['Puerto Vallarta']);
    expect(factRecall(text, [])).toBe(1);
  });
});
