import { describe, expect, it } from 'vitest';
import { expandInitialisms, initialisms } from './initialisms';

const TEXTS = [
  'A study was prepared for the United Kingdom Home Office.\nThe United Kingdom chaired it.',
  'Migration Policy Institute, based on a survey of 62 governments.\nThe International Organization for Migration (IOM) works.',
];

describe('initialisms', () => {
  const table = initialisms(TEXTS);

  it('reads names the reports spell out by their initials, connectors inside allowed', () => {
    expect(table.get('UK')).toBe('United Kingdom');
    expect(table.get('MPI')).toBe('Migration Policy Institute');
    expect(table.get('IOM')).toBe('International Organization for Migration');
  });

  it('prefers the most frequent run for an initialism', () => {
    expect(initialisms(['Urge States to act.', 'United States here.', 'The United States there.']).get('US')).toBe('United States');
  });

  it('expands only acronyms the index does not know', () => {
    const known = (acronym: string) => acronym === 'IOM';
    expect(expandInitialisms("What did IOM and MPI's survey find in the UK?", table, known)).toBe(
      "What did IOM and MPI's survey find in the UK? Migration Policy Institute United Kingdom",
    );
    expect(expandInitialisms('What does IOM do?', table, known)).toBe('What does IOM do?');
  });
});
