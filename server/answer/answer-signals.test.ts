import { describe, expect, it } from 'vitest';
import { dateNearTerm, givesReason, pointsToSource, statesDuration, statesFinding, statesPeriod } from './answer-signals';
import { tokenize } from './text/word-tokens';

describe('givesReason', () => {
  it.each([
    'Reintegration assistance continues to increase in an effort by IOM and stakeholders to make returns more sustainable.',
    'The project was set up in response to requests from Member States.',
    'IOM launched the initiative with the aim of reducing irregular migration.',
    'Returns are assisted to make them sustainable.',
  ])('reads a purpose or a cause: %s', (text) => expect(givesReason(text)).toBe(true));

  it('reads none in a plain statement', () => expect(givesReason('IOM held a workshop in Geneva in 2007.')).toBe(false));
});

describe('statesFinding', () => {
  it.each([
    'This consultation agreed on an operational framework to promote migrant health.',
    'The experts concluded that environmental change will drive more migration.',
    'The seminar recommended that States collect better data.',
  ])('reads what was concluded, agreed or recommended: %s', (text) => expect(statesFinding(text)).toBe(true));

  it.each([
    'A study was prepared for the Home Office entitled "Irregular Migration Flows in Europe".',
    'The findings of the study were published as a special issue of the Journal "International Migration".',
    'IOM has facilitated bilateral agreements on social security.',
  ])('reads none where a study or a meeting is only named: %s', (text) => expect(statesFinding(text)).toBe(false));
});

describe('dateNearTerm', () => {
  it('counts a quoted title as one word between a date and the words of the question', () => {
    const text = 'Plans for the second intersessional workshop, "Making Global Labour Mobility a Catalyst for Development", scheduled for 8-9 October 2007, are under way.';
    const keys = new Set(['workshop', 'intersession']);
    expect(dateNearTerm(tokenize(text), keys, new Set(['2007']))).toBe(false);
    expect(dateNearTerm(tokenize(text), keys, new Set(['2007']), text)).toBe(true);
    // Without the title the workshop is too far from the date.
    const far = 'Plans for the second intersessional workshop on labour mobility, development and the future of work across many regions, scheduled for 8-9 October 2007.';
    expect(dateNearTerm(tokenize(far), keys, new Set(['2007']), far)).toBe(false);
  });
});

describe('pointsToSource', () => {
  it('finds a web address or where something was published or can be found', () => {
    expect(pointsToSource('Details of these studies can be found in a new IOM Research Directory, at www.iom.int.')).toBe(true);
    expect(pointsToSource('This database is available at <http://www.imldb.iom.int/section.do>.')).toBe(true);
    expect(pointsToSource('The findings were published as a special issue of the Journal.')).toBe(true);
  });
  it('not in a sentence that only mentions studies', () => {
    expect(pointsToSource('More than 60 research studies were prepared by IOM field offices during 2002-2003.')).toBe(false);
  });
});

describe('statesPeriod', () => {
  it('reads a span of years or a starting point as a period, not a single year', () => {
    for (const text of ['between Costa Rica and Nicaragua (2007 to 2010)', 'the 2009–2013 project', 'since 1979, it has helped', 'from June 2005 onwards']) expect(statesPeriod(text), text).toBe(true);
    for (const text of ['in 2009 alone', 'Resolution No. 1150 of 7 June 2007']) expect(statesPeriod(text), text).toBe(false);
  });
});

describe('statesDuration', () => {
  it('reads an amount or a count word before a unit of time', () => {
    for (const text of ['for more than 10 years', 'two weeks within which to complete it', 'for nearly three decades', 'in three years', 'over a decade', 'ran for eighteen months', 'for some years', 'a border 376 km long']) expect(statesDuration(text), text).toBe(true);
    for (const text of ['214 million international migrants', 'in 2009', 'the 60th anniversary', 'yearly reports', '5,000 migrants a year', 'In 2009, the year of the crisis']) expect(statesDuration(text), text).toBe(false);
  });
});
