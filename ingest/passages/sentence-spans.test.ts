import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentence-spans';
import { chunkSpan } from './chunk-spans';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('does not cut after abbreviations, initials or inside numbers', () => {
    expect(
      sentences(
        'Costs rose to USD 783.8 million (e.g. transport, i.e. flights) under Resolution No. 1150. ' +
          'The U.S. Government and S. Castles (eds) paid 1,027.5 tonnes. Next sentence here.',
      ),
    ).toEqual([
      'Costs rose to USD 783.8 million (e.g. transport, i.e. flights) under Resolution No. 1150.',
      'The U.S. Government and S. Castles (eds) paid 1,027.5 tonnes.',
      'Next sentence here.',
    ]);
  });

  it('keeps closing quotes and note markers with the sentence they end', () => {
    expect(sentences('It said "to enhance ... law."³ In 2009, IOM acted.¹² "Quoted" start.')).toEqual([
      'It said "to enhance ... law."³',
      'In 2009, IOM acted.¹²',
      '"Quoted" start.',
    ]);
  });

  it('cuts at blank lines and before list lines, not after a line-opening number', () => {
    expect(sentences('16. IOM offers services:\n- to help\n- to assist\n\n² A note')).toEqual([
      '16. IOM offers services:',
      '- to help',
      '- to assist',
      '² A note',
    ]);
  });

  it('does not cut wrapped lines or before a lower-case word', () => {
    expect(sentences('A wrapped\nline continues. and goes on. End.')).toEqual(['A wrapped\nline continues. and goes on.', 'End.']);
  });
});

describe('sentenceSpans options', () => {
  // As the answer composer reads one block of a passage: line breaks are wrapping, any non-lower-case character opens a sentence.
  const inBlock = (text: string) =>
    sentenceSpans(text, { lineBreaks: 'wrapping', starts: 'not-lower-case' }).map((s) => text.slice(s.start, s.end));

  it.each([
    ['plain sentences, trimmed', '  IOM grew. It now has offices!  Why? Because.  ', ['IOM grew.', 'It now has offices!', 'Why?', 'Because.']],
    ['e.g. and i.e.', 'Schemes exist (e.g. APEC, ASEAN) and others, i.e. Other ones. Next one.', ['Schemes exist (e.g. APEC, ASEAN) and others, i.e. Other ones.', 'Next one.']],
    ['Art. before a number', 'Under Art. 5 of the Constitution. Done.', ['Under Art. 5 of the Constitution.', 'Done.']],
    ['thousand separators', 'Over 270,000 assessments were performed. In 50 countries.', ['Over 270,000 assessments were performed.', 'In 50 countries.']],
    ['a heading letter or roman numeral at the start', 'II. Changes at IOM', ['II. Changes at IOM']],
    ['dotted web addresses at a sentence end', 'Details are at www.iom.int. The report says so.', ['Details are at www.iom.int.', 'The report says so.']],
    ['an ellipsis inside a quote', 'IOM\'s efforts "to enhance ... the effective respect" continue. Next.', ['IOM\'s efforts "to enhance ... the effective respect" continue.', 'Next.']],
    ['OCR noise opening a sentence', 'Effects alike. 10OM’s activities take place. |IOM participates.', ['Effects alike.', '10OM’s activities take place.', '|IOM participates.']],
    ['a line that opens with a list marker or a short word is wrapping', 'It helps\n- to assist. Also alike\naike. Then more.', ['It helps\n- to assist.', 'Also alike\naike.', 'Then more.']],
    ['a blank line is wrapping too', 'The Forum met in Brussels, in\n\nJuly 2007. Then again.', ['The Forum met in Brussels, in\n\nJuly 2007.', 'Then again.']],
  ])('with wrapped lines and loose starts: %s', (_, text, expected) => {
    expect(inBlock(text)).toEqual(expected);
  });

  it('by default keeps strict starts and the line structure', () => {
    expect(sentences('Issues. |IOM participates. Alike\naike. Next.')).toEqual(['Issues. |IOM participates.', 'Alike\naike. Next.']);
    expect(sentences('The Forum met in\n\nJuly 2007.')).toEqual(['The Forum met in', 'July 2007.']);
  });

  it('splits only the range asked for, with offsets into the whole text', () => {
    const text = 'Heading\n\nFirst one. Second one. Tail';
    expect(sentenceSpans(text, { from: 9, to: 31 })).toEqual([
      { start: 9, end: 19 },
      { start: 20, end: 31 },
    ]);
    expect(sentenceSpans('   \n ')).toEqual([]);
  });
});

describe('chunkSpan', () => {
  const six = ['One', 'Two', 'Six', 'Ten', 'Red', 'Sun'].map((w) => `Sentence ${w} is about thirty-eight.`);
  const text = six.join(' ');
  const slices = (max: number, overlap: number) =>
    chunkSpan(text, { start: 0, end: text.length }, max, overlap).map((c) => text.slice(c.start, c.end));

  it('returns a span that fits as it is', () => {
    expect(chunkSpan(text, { start: 0, end: text.length }, 500, 1)).toEqual([{ start: 0, end: text.length }]);
  });

  it('packs whole sentences and repeats the last one at the start of the next chunk', () => {
    expect(slices(160, 1)).toEqual([six.slice(0, 4).join(' '), six.slice(3).join(' ')]);
    expect(slices(160, 0)).toEqual([six.slice(0, 4).join(' '), six.slice(4).join(' ')]);
  });

  it('does not repeat a sentence longer than a quarter of the limit', () => {
    expect(slices(100, 1)).toEqual([six.slice(0, 2).join(' '), six.slice(2, 4).join(' '), six.slice(4).join(' ')]);
  });

  it('breaks a sentence longer than the limit at clause marks', () => {
    const long = `${'word, '.repeat(60)}end; ${'more '.repeat(40)}done.`;
    const chunks = chunkSpan(long, { start: 0, end: long.length }, 150, 1);
    expect(chunks.every((c) => c.end - c.start <= 150)).toBe(true);
    expect(chunks[0].start).toBe(0);
    expect(chunks[chunks.length - 1].end).toBe(long.length);
  });
});
