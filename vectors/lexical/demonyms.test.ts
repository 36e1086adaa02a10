import { describe, expect, it } from 'vitest';
import { expandPlaceForms, placeForms } from './demonyms';

describe('placeForms', () => {
  it('gives a place adjective its place, and a place its adjective', () => {
    expect(placeForms('Dutch')).toContain('Netherlands');
    expect(placeForms('Italian')).toContain('Italy');
    expect(placeForms('Italy')).toContain('Italian');
    expect(placeForms('Italians')).toContain('Italy');
    expect(placeForms('chinese')).toContain('China');
  });

  it('pairs compass regions with their adjectives', () => {
    expect(placeForms('East')).toContain('Eastern');
    expect(placeForms('Western')).toContain('West');
  });

  it('knows the other names of one place, not of a name of several', () => {
    expect(placeForms('Burma')).toContain('Myanmar');
    expect(placeForms('Britain')).toContain('United Kingdom');
    expect(placeForms('Holland')).toContain('Netherlands');
    // "China" names the People's Republic and Taiwan, "Georgia" a country and a state: neither stands for the other.
    expect(placeForms('Taiwan')).not.toContain('China');
    expect(placeForms('Georgia')).toEqual(['Georgian']);
  });

  it('knows nothing of other words', () => {
    expect(placeForms('migration')).toEqual([]);
    expect(placeForms('States')).toEqual([]);
  });
});

describe('expandPlaceForms', () => {
  it('adds the forms the reports use, for place words they do not', () => {
    const known = (text: string) => ['Netherlands', 'Italian'].includes(text);
    expect(expandPlaceForms('the Dutch foreign ministry and Italy', known)).toBe('the Dutch foreign ministry and Italy Netherlands Italian');
    expect(expandPlaceForms('the Dutch ministry', () => false)).toBe('the Dutch ministry');
    // The reports say "Asia": it is searched as it is, not widened to "Asian".
    expect(expandPlaceForms('What about Central Asia?', (text) => ['Asia', 'Asian', 'Central'].includes(text))).toBe('What about Central Asia?');
  });
});
