import { describe, expect, it } from 'vitest';
import { acronymDefinitions, expandAcronyms, extractAcronyms } from './acronyms';

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

describe('the two long-form rules', () => {
  const acronymOf = (text: string) => /\(([A-Z]+?)s?\)/.exec(text)![1];
  const both = (text: string) => [acronymDefinitions(text).get(acronymOf(text)), acronymDefinitions(text, 'capitalised').get(acronymOf(text))];

  it('initials: words in any case, across lines; capitalised: capitalised words only, within the line', () => {
    expect(both('support for internally displaced persons (IDPs) in camps')).toEqual(['internally displaced persons', undefined]);
    expect(both('the Global Forum on\nMigration and Development (GFMD) met')).toEqual(['Global Forum on Migration and Development', undefined]);
  });

  it('capitalised: lower-case words may sit among and after the capitalised ones, and hyphen parts count when capitalised', () => {
    expect(both('Regional Consultative Processes on migration (RCPs) grew')).toEqual([undefined, 'Regional Consultative Processes on migration']);
    expect(both('the Organisation for Economic Co-operation and Development (OECD) said')).toEqual([
      undefined,
      'Organisation for Economic Co-operation and Development',
    ]);
    expect(both('the Inter-Governmental Authority (IGA) met')).toEqual(['Inter-Governmental Authority', 'Inter-Governmental Authority']);
  });

  it('capitalised: a lower-case hyphen part counts when the acronym needs it; capitalised-head: a qualifier after the spelled words may stay out', () => {
    expect(both('the Capacity-building in Migration Management Programme (CBMMP) grew')).toEqual([
      'Capacity-building in Migration Management Programme',
      'Capacity-building in Migration Management Programme',
    ]);
    // Only for matching (`capitalised-head`): spelled out, an acronym keeps its qualifier; the search keeps whole long
    // forms ("the High-Level Dialogue" of 2006 is not the 2013 HLD).
    const hld = 'the report of the second High-level Dialogue on International Migration and Development (HLD) in 2013';
    expect(both(hld)).toEqual([undefined, undefined]);
    expect(acronymDefinitions(hld, 'capitalised-head').get('HLD')).toBe('High-level Dialogue');
  });

  it('capitalised: the run must spell the acronym exactly, possessives and punctuation cleaned', () => {
    expect(acronymDefinitions("the Director General's Office (DGO) said", 'capitalised').get('DGO')).toBe('Director General Office');
    expect(acronymDefinitions('the African, Caribbean and Pacific (ACP) States', 'capitalised').get('ACP')).toBe('African Caribbean and Pacific');
    expect(acronymDefinitions('the Migration Group (GMG)', 'capitalised').has('GMG')).toBe(false);
  });

  it('keys drop a plural "s", the first definition wins, and several texts share one table', () => {
    const table = extractAcronyms(['no definition here', 'Millennium Development Goals (MDGs); Mid Development Goals (MDG)'], 'capitalised');
    expect([...table]).toEqual([['MDG', 'Millennium Development Goals']]);
  });
});
