import { describe, expect, it } from 'vitest';
import { profileQuestion } from './question-profile';

const types = (q: string) => [...profileQuestion(q).types].sort();

describe('profileQuestion', () => {
  it.each([
    ['How many health assessments did IOM perform in 2009?', ['quantity']],
    ['What percentage of IOM staff are posted in the Field?', ['quantity']],
    ['What were the total expenditures in 2007?', ['quantity']],
    ['When was the IOM Strategy approved?', ['when']],
    ['In what year was the Centre established?', ['when']],
    ['Who co-chairs the Bali Process?', ['who']],
    ['Where was the expert seminar held?', ['where']],
    ['Why does IOM perform health assessments?', ['why']],
    ['What are the objectives of migrant training?', ['list', 'why']],
    ['List the areas covered by the training.', ['list']],
    ['Which activities does the Strategy include?', ['list']],
    ['What is the IDM?', ['definition']],
  ])('%s → %j', (question, expected) => {
    expect(types(question)).toEqual(expected);
  });

  it('keeps content terms stemmed, without stop words, and marks names, verbs and years', () => {
    const profile = profileQuestion('How many health assessments did IOM perform in 2009?');
    expect(profile.terms.map((t) => t.key)).toEqual(['health', 'assess', 'iom', 'perform', '2009']);
    expect(profile.terms.find((t) => t.key === 'iom')?.entity).toBe(true);
    expect(profile.terms.find((t) => t.key === 'perform')?.verb).toBe(true);
    expect(profile.years).toEqual(['2009']);
    expect(profile.countedKeys).toEqual(['health', 'assess']);
  });

  it('matches "percentage" with "per cent" and finds what a definition question defines', () => {
    expect(profileQuestion('What percentage of migrants are women?').terms.map((t) => t.key)).toContain('percent');
    expect(profileQuestion('What is the International Dialogue on Migration?').definitionKeys).toEqual(['intern', 'dialogu', 'migrat']);
  });

  it('has no terms for a question of stop words only', () => {
    expect(profileQuestion('What is it?').terms).toEqual([]);
  });
});
