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
