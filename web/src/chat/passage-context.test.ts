import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../ingest/types';
import { contextPassages, highlightRange } from './passage-context';

const passage = (id: string, start: number, text: string): Passage => ({
  id, source: 's.txt', title: 'T', symbol: null, date: null, sectionPath: [], paragraph: null, page: null, start, end: start + text.length, text,
});

describe('passage context', () => {
  it('orders the passage and its neighbours by position, without duplicates', () => {
    const a = passage('a', 0, 'first');
    const b = passage('b', 10, 'second');
    const c = passage('c', 20, 'third');
    expect(contextPassages({ passage: b, neighbours: [c, b, a], document: null }).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(contextPassages({ passage: b, neighbours: [c], document: null }).map((p) => p.id)).toEqual(['b', 'c']);
  });

  it('maps quote offsets in the source text into the passage, clamped to it', () => {
    const p = passage('p', 100, 'IOM provides services to migrants.');
    expect(highlightRange(p, { start: 104, end: 112 })).toEqual([4, 12]);
    expect(p.text.slice(4, 12)).toBe('provides');
    expect(highlightRange(p, { start: 90, end: 500 })).toEqual([0, p.text.length]);
    expect(highlightRange(p, { start: 10, end: 20 })).toBeNull();
  });
});
