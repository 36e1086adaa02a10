import { describe, expect, it } from 'vitest';
import { placeKind, placesIn } from './places';

describe('places', () => {
  it('knows cities and countries by name', () => {
    expect(placeKind('Geneva')).toBe('city');
    expect(placeKind('Peru')).toBe('country');
    expect(placeKind('Viet Nam')).toBe('country');
    expect(placeKind('the Netherlands')).toBe('country');
    expect(placeKind('Najat')).toBeNull();
  });

  it('knows continents and regions as regions, and a name of several places by its most particular kind', () => {
    expect(placeKind('Africa')).toBe('region');
    expect(placeKind('Asia')).toBe('region');
    expect(placeKind('Andalusia')).toBe('region');
    expect(placeKind('New York')).toBe('city');
    expect(placeKind('Sudan')).toBe('country');
  });

  it('reads the longest place names in a run of words', () => {
    expect(placesIn(['Sri', 'Lanka', 'Colombo'])).toEqual([
      { name: 'Sri Lanka', kind: 'country' },
      { name: 'Colombo', kind: 'city' },
    ]);
    expect(placesIn(['Business', 'Advisory', 'Board'])).toEqual([]);
  });
});
