import { describe, expect, it } from 'vitest';
import { PASSAGES } from '../../../test-support/answer-passages';
import { segmentPassage } from './passage-segments';

const texts = (text: string) => segmentPassage(text).segments.map((s) => [s.kind, text.slice(s.start, s.end)] as const);

describe('segmentPassage', () => {
  it('leaves the paragraph number out of the first sentence', () => {
    const { text } = PASSAGES.healthAssessments;
    const [first, second] = segmentPassage(text).segments;
    expect(text.slice(first.start, first.end)).toBe('IOM also undertakes health assessments for migrants and refugees.');
    expect(text.slice(second.start, second.end)).toMatch(/^In 2009, over 270,000 of such assessments were performed in more than 50 countries/);
  });

  it('finds a list: the intro ending in ":" and its dash items, without the dashes', () => {
    const { text } = PASSAGES.migrantTraining;
    const { segments, lists } = segmentPassage(text);
    expect(lists).toHaveLength(1);
    const [list] = lists;
    expect(text.slice(list.intro!.start, list.intro!.end)).toBe('The objectives of migrant training include:');
    expect(list.items.map((item) => text.slice(item.start, item.end))).toEqual([
      'to provide migrants with up-to-date factual information about the country of destination;',
      'to assist migrants in developing the skills and awareness needed to succeed in their new environment;',
      "to manage migrants' expectations about the host country and facilitate successful adaptation and/or integration prospects where possible.",
    ]);
    expect(segments.filter((s) => s.kind === 'list-item').every((s) => s.list === list.id)).toBe(true);
  });

  it('keeps a footnote mark with its sentence and a footnote line apart', () => {
    const text = '3. The materials are on the IOM website.¹ A report will follow.\n\n¹ See the IDM Series. It has more.';
    expect(texts(text)).toEqual([
      ['sentence', 'The materials are on the IOM website.¹'],
      ['sentence', 'A report will follow.'],
      ['footnote', 'See the IDM Series.'],
      ['footnote', 'It has more.'],
    ]);
  });

  it('joins a sentence broken by a page break and a footnote, splitting around the footnote', () => {
    const { text } = PASSAGES.capacityCentre;
    const sentence = segmentPassage(text).segments.find((s) => text.slice(s.start, s.end).startsWith('In 2009, the Centre'))!;
    const quoted = text.slice(sentence.start, sentence.end);
    expect(quoted).toContain('planning preparedness for the influenza\n\n⁷ For more information on border management');
    expect(quoted.endsWith('travel document fraud; and migration and development.')).toBe(true);
  });

  it('joins a block that ends on a dangling word even when the next starts with a capital', () => {
    const text = 'The Forum met in Brussels, Belgium, in\n\nJuly 2007. Then it met again.';
    expect(texts(text).map(([, t]) => t)).toEqual(['The Forum met in Brussels, Belgium, in\n\nJuly 2007.', 'Then it met again.']);
  });

  it('treats short unpunctuated lines as headings and a dashed numbered paragraph as text', () => {
    const text = 'IDM Training Sessions\n\n- 2. A small expert seminar was held. It brought together 25 experts.';
    expect(texts(text)).toEqual([
      ['heading', 'IDM Training Sessions'],
      ['sentence', 'A small expert seminar was held.'],
      ['sentence', 'It brought together 25 experts.'],
    ]);
  });

  it('splits multi-sentence list items into list-item sentences', () => {
    const text = 'Projects include:\n\n- A study for the EC. It was published in 2002.\n- A second study.';
    const { segments, lists } = segmentPassage(text);
    expect(lists[0].items).toHaveLength(2);
    expect(segments.filter((s) => s.kind === 'list-item').map((s) => [text.slice(s.start, s.end), s.item])).toEqual([
      ['A study for the EC.', 0],
      ['It was published in 2002.', 0],
      ['A second study.', 1],
    ]);
  });

  it('gives trimmed, non-empty, ordered spans for every real passage; footnotes carried in by a page break lie in holes', () => {
    for (const passage of Object.values(PASSAGES)) {
      let at = 0;
      const { segments, holes } = segmentPassage(passage.text);
      for (const segment of segments) {
        const span = passage.text.slice(segment.start, segment.end);
        expect(span.trim()).toBe(span);
        expect(span.length).toBeGreaterThan(0);
        if (holes.some((h) => h.start <= segment.start && segment.end <= h.end)) {
          expect(segment.kind).toBe('footnote');
          continue;
        }
        expect(segment.start).toBeGreaterThanOrEqual(at);
        at = segment.end;
      }
    }
  });

  it('gives the footnote inside a sentence joined across a page break as a hole, and its sentences as footnotes', () => {
    const { text } = PASSAGES.capacityCentre;
    const { segments, holes } = segmentPassage(text);
    expect(holes).toHaveLength(1);
    expect(text.slice(holes[0].start, holes[0].end)).toMatch(/^⁷ For more information on border management/);
    const notes = segments.filter((s) => s.kind === 'footnote').map((s) => text.slice(s.start, s.end));
    expect(notes[0]).toMatch(/^For more information on border management/);
  });
});
