import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentence-boundaries';

const split = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('splits plain sentences and trims them', () => {
    expect(split('  IOM grew. It now has offices!  Why? Because.  ')).toEqual(['IOM grew.', 'It now has offices!', 'Why?', 'Because.']);
  });

  it.each([
    ['e.g. and i.e.', 'Schemes exist (e.g. APEC, ASEAN) and others, i.e. Other ones. Next one.', ['Schemes exist (e.g. APEC, ASEAN) and others, i.e. Other ones.', 'Next one.']],
    ['No. before a number', 'See Resolution No. 1150 of 7 June 2007. Then more.', ['See Resolution No. 1150 of 7 June 2007.', 'Then more.']],
    ['Art. before a number', 'Under Art. 5 of the Constitution. Done.', ['Under Art. 5 of the Constitution.', 'Done.']],
    ['U.S. inside a sentence', 'The U.S. Government funded it. Others did not.', ['The U.S. Government funded it.', 'Others did not.']],
    ['decimals', 'Expenditures stood at USD 783.8 million in 2007. Staff grew.', ['Expenditures stood at USD 783.8 million in 2007.', 'Staff grew.']],
    ['thousand separators', 'Over 270,000 assessments were performed. In 50 countries.', ['Over 270,000 assessments were performed.', 'In 50 countries.']],
    ['initials and heading letters', 'Written by J. Smith in 2005. Then b. Migrant integration began.', ['Written by J. Smith in 2005.', 'Then b. Migrant integration began.']],
    ['roman numerals of headings', 'II. Changes at IOM', ['II. Changes at IOM']],
    ['dotted web addresses at a sentence end', 'Details are at www.iom.int. The report says so.', ['Details are at www.iom.int.', 'The report says so.']],
    ['an ellipsis inside a quote', 'IOM\'s efforts "to enhance ... the effective respect" continue. Next.', ['IOM\'s efforts "to enhance ... the effective respect" continue.', 'Next.']],
    ['a lower-case word after a period', 'It was approved in 2007. and then reviewed.', ['It was approved in 2007. and then reviewed.']],
    ['closing quotes and footnote marks after the period', 'It is on the IOM website.¹ A report "is coming."² Then.', ['It is on the IOM website.¹', 'A report "is coming."²', 'Then.']],
    ['OCR noise starting with a digit', 'Effects alike. 10OM’s integration activities take place.', ['Effects alike.', '10OM’s integration activities take place.']],
  ])('handles %s', (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns offsets into the text it was given, within the range asked for', () => {
    const text = 'Heading\n\nFirst one. Second one.';
    const spans = sentenceSpans(text, 9);
    expect(spans).toEqual([
      { start: 9, end: 19 },
      { start: 20, end: 31 },
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(sentenceSpans('   \n ')).toEqual([]);
  });
});
