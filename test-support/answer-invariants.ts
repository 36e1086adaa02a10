/**
 * The contract every composed answer keeps (DESIGN.md "Answers"), as one reusable check: each
 * sentence ends with markers, markers are numbered by first appearance, only cited sources are
 * listed, and every quote is the exact source text between its offsets.
 */
import { expect } from 'vitest';
import type { ComposedAnswer } from '../server/answer';
import type { CorpusIndex } from '../vectors/corpus-index';

/** The answer's sentences (or list units), each ending with its " [n]" markers. */
export function answerUnits(answer: string): string[] {
  return answer.split(/(?<=\s\[\d+\](?:\[\d+\])*)\s+/).filter(Boolean);
}

export function markersInOrder(answer: string): number[] {
  return [...answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

export function expectWellFormedAnswer(composed: ComposedAnswer, index: CorpusIndex, maxUnits = 4): void {
  if (composed.abstained) {
    expect(composed.citations).toEqual([]);
    expect(composed.answer).toMatch(/^The reports do not say /);
    expect(composed.answer).not.toMatch(/\[\d+\]/);
    for (const related of composed.related) {
      expect(related.quote).toBe(index.sourceText(related.source).slice(related.start, related.end));
    }
    return;
  }
  expect(composed.related).toEqual([]);
  const units = answerUnits(composed.answer);
  expect(units.length).toBeGreaterThanOrEqual(1);
  expect(units.length).toBeLessThanOrEqual(maxUnits);
  for (const unit of units) expect(unit).toMatch(/\s\[\d+\](?:\[\d+\])*$/);

  const firstSeen: number[] = [];
  for (const n of markersInOrder(composed.answer)) if (!firstSeen.includes(n)) firstSeen.push(n);
  expect(firstSeen).toEqual(composed.citations.map((_, i) => i + 1));
  expect(composed.citations.map((c) => c.n)).toEqual(firstSeen);

  const spans = new Set<string>();
  for (const citation of composed.citations) {
    expect(citation.quote).toBe(index.sourceText(citation.source).slice(citation.start, citation.end));
    const passage = index.getPassage(citation.passageId);
    expect(passage).toBeDefined();
    expect(citation.start).toBeGreaterThanOrEqual(passage!.start);
    expect(citation.end).toBeLessThanOrEqual(passage!.end);
    const key = `${citation.passageId}:${citation.start}:${citation.end}`;
    expect(spans.has(key)).toBe(false);
    spans.add(key);
  }
}
