import { describe, expect, it } from 'vitest';
import { expandAcronyms, extractAcronyms } from './acronyms';

describe('acronyms learned from the reports', () => {
  const table = extractAcronyms([
    'an update on International Dialogue on Migration (IDM) activities in 2007',
    'the Global Forum on Migration and Development (GFMD) met in Manila',
    'Regional Consultative Processes (RCPs) on migration',
    'held in Geneva (Switzerland) and (XCIII) session',
    'the Inter-Governmental Authority (IGA) met',
  ]);

  it('keeps definitions whose initials spell the acronym, plural or not', () => {
    expect(table.get('IDM')).toBe('International Dialogue on Migration');
    expect(table.get('GFMD')).toBe('Global Forum on Migration and Development');
    expect(table.get('RCP')).toBe('Regional Consultative Processes');
    expect(table.get('IGA')).toBe('Inter-Governmental Authority');
  });

  it('ignores parentheses that are not acronym definitions', () => {
    expect(table.has('Switzerland')).toBe(false);
    expect(table.has('XCIII')).toBe(false);
  });

  it('expands an acronym in a query, and a long form to its acronym', () => {
    expect(expandAcronyms('What did the IDM discuss?', table)).toBe('What did the IDM discuss? International Dialogue on Migration');
    expect(expandAcronyms('Where did the global forum on migration and development meet?', table)).toMatch(/GFMD$/);
    expect(expandAcronyms('How do RCPs work?', table)).toMatch(/Regional Consultative Processes$/);
    expect(expandAcronyms('Nothing to expand here', table)).toBe('Nothing to expand here');
  });
});
