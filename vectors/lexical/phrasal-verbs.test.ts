import { describe, expect, it } from 'vitest';
import { expandPhrasalVerbs, phrasalVerbsIn } from './phrasal-verbs';

describe('phrasalVerbsIn', () => {
  it('finds a two-word verb in any form and gives the one-word verbs of its common senses', () => {
    const [setUp] = phrasalVerbsIn('When was IOM first set up?');
    expect(setUp.verb).toBe('set');
    expect(setUp.synonyms).toEqual(expect.arrayContaining(['establish', 'found', 'launch']));
    expect(phrasalVerbsIn('Which countries took part in the Bali Process?')).toEqual([{ verb: 'took', synonyms: ['participate'] }]);
    expect(phrasalVerbsIn('How many screenings were carried out?')[0].synonyms).toContain('implement');
    expect(phrasalVerbsIn('Who brought out the report?')[0].synonyms).toContain('reveal');
  });

  it('leaves out the rare senses, and the verb itself', () => {
    const [setUp] = phrasalVerbsIn('When was it set up?');
    expect(setUp.synonyms).not.toContain('frame');
    expect(setUp.synonyms).not.toContain('set');
  });

  it('finds nothing where the words are not next to each other or make no two-word verb', () => {
    expect(phrasalVerbsIn('Did IOM set the agenda up front?')).toEqual([]);
    expect(phrasalVerbsIn('How many migrants did IOM train in 2009?')).toEqual([]);
  });
});

describe('expandPhrasalVerbs', () => {
  it('adds only the synonyms some report uses', () => {
    const known = (word: string) => ['establish', 'launch'].includes(word);
    expect(expandPhrasalVerbs('When was IOM set up?', known)).toBe('When was IOM set up? establish launch');
    expect(expandPhrasalVerbs('When was IOM set up?', () => false)).toBe('When was IOM set up?');
  });
});
