import { describe, expect, it } from 'vitest';
import { amounts, statesMoney } from './amount-signals';
import { tokenize } from './text/word-tokens';

const amountsIn = (text: string, counted: string[]) => amounts(tokenize(text), new Set(counted), text);

describe('amounts', () => {
  it('does not take the days of a date range for an amount', () => {
    expect(amountsIn('will be held in Geneva on 18-19 June', ['particip'])).toEqual({ stated: false, nearTerm: false });
    expect(amountsIn('attended by 18 experts in June', ['expert'])).toEqual({ stated: true, nearTerm: true });
    // A share is an amount, but no count of the staff when a count is asked: it is reported apart.
    const share = 'Ninety-seven per cent of IOM staff members are posted in the Field, and 45% of participants are women.';
    expect(amountsIn(share, ['staff'])).toEqual({ stated: true, nearTerm: true });
    expect(amounts(tokenize(share), new Set(['staff']), share, false)).toEqual({ stated: false, nearTerm: false, share: true });
    const both = 'The total number of staff grew to 7,258 in 2009; ninety-seven per cent of them are in the Field.';
    expect(amounts(tokenize(both), new Set(['staff']), both, false)).toEqual({ stated: true, nearTerm: true });
  });

  it('reads no amount in a list enumerator, "(1) the voluntary return …", but one in a figure in brackets', () => {
    expect(amountsIn('programmes for (1) the return of qualified nationals and (2) diaspora databases', ['diaspora'])).toEqual({ stated: false, nearTerm: false });
    expect(amountsIn('diaspora members registered (45) in the database', ['diaspora'])).toEqual({ stated: true, nearTerm: true });
  });

  it('reads a spelled-out count of the thing counted, also when its plural head is followed by a verb', () => {
    expect(amountsIn('six priority areas provide focus for its activities', ['prioriti', 'area'])).toEqual({ stated: true, nearTerm: true });
    expect(amountsIn('It brought together 25 experts from both communities', ['expert'])).toEqual({ stated: true, nearTerm: true });
  });

  it('reads a count whose noun is elided after "including" or "of which"', () => {
    expect(amountsIn('IOM has carried out several studies on remittance corridors, including two in 2010', ['studi'])).toEqual({ stated: true, nearTerm: true });
    expect(amountsIn('IOM ran 40 projects, of which three in Asia', ['project'])).toEqual({ stated: true, nearTerm: true });
    // Not when the count has a noun of its own, or nothing counted comes before.
    expect(amountsIn('several studies, including two workshops in 2010', ['studi'])).toEqual({ stated: true, nearTerm: false });
    expect(amountsIn('The events included, including two in 2010', ['studi'])).toEqual({ stated: false, nearTerm: false });
  });

  it('does not take a count of something else for the thing counted ("two expert seminars" for experts)', () => {
    expect(amountsIn('Two expert seminars were organized in 2002', ['expert'])).toEqual({ stated: true, nearTerm: false });
  });

  it('reads no amount in a number that labels what the word before it names ("Mode 4", "Resolution No. 1150")', () => {
    expect(amountsIn('the relationship between temporary labour migration and Mode 4 of the GATS, the movement of people', ['peopl'])).toEqual({ stated: false, nearTerm: false });
    expect(amountsIn('as Part I of the Annex to Resolution No. 1150 of the Council', ['member'])).toEqual({ stated: false, nearTerm: false });
    expect(amountsIn('it now encompasses 14 agencies', ['agenc'])).toEqual({ stated: true, nearTerm: true });
  });

  it('reads no amount in the number of a document symbol', () => {
    expect(amountsIn('see the document Migration and health (SCPF/12) of 15 April 2008', [])).toEqual({ stated: false, nearTerm: false });
    expect(amountsIn('MC/INF/302 reports 270,000 assessments', ['assess'])).toEqual({ stated: true, nearTerm: true });
  });

  it('states no amount with neither a figure nor a counted plural', () => {
    expect(amountsIn('The seminar was held in Bangkok in February 2007.', ['expert'])).toEqual({ stated: false, nearTerm: false });
  });
});

describe('statesMoney', () => {
  it('finds a figure with a currency, before or after it', () => {
    for (const text of ['a budget of more than USD 1 billion', 'US$ 35 million', 'CHF 500,000 in all', '2 million euros']) expect(statesMoney(text), text).toBe(true);
  });
  it('is not fooled by other amounts', () => {
    for (const text of ['45 States requested assistance', 'over 270,000 assessments in 2009', 'USD exchange rates']) expect(statesMoney(text), text).toBe(false);
  });
});
