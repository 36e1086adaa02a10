import { describe, expect, it } from 'vitest';
import { isPartyPlural } from './party-nouns';

describe('isPartyPlural', () => {
  it('knows plurals of kinds of people and organisations, in -s, -es and -ies', () => {
    for (const word of ['recruiters', 'banks', 'scholars', 'governments', 'employers', 'churches', 'authorities', 'agencies']) expect(isPartyPlural(word), word).toBe(true);
  });
  it('not things, places, abstractions or singulars', () => {
    for (const word of ['documents', 'agreements', 'regions', 'levels', 'avenues', 'recruiter', 'academic', 'crisis']) expect(isPartyPlural(word), word).toBe(false);
  });
});
