import { sentenceSpans } from '../../ingest/passages/sentence-spans';
import type { Passage } from '../../ingest/types';

/** Sentences shorter than this ("16.", "Point 1:") are embedded together with the next one. */
const MIN_UNIT_CHARS = 40;

/** A stretch of a passage (offsets relative to `passage.text`) that gets its own vector. */
export type UnitSpan = { start: number; end: number };

/**
 * What the sentence encoder embeds for a passage: its sentences, one vector each. A passage's dense score
 * is its best sentence's, so one sentence that answers the question is not drowned by the rest of a long
 * paragraph (measured on the dev split: hit@5 0.87 → 0.92 against whole-passage vectors).
 */
export function denseUnitSpans(passage: Passage): UnitSpan[] {
  const units: UnitSpan[] = [];
  let pending: UnitSpan | null = null;
  for (const span of sentenceSpans(passage.text)) {
    if (!passage.text.slice(span.start, span.end).trim()) continue;
    pending = pending ? { start: pending.start, end: span.end } : { ...span };
    if (unitText(passage, pending).length >= MIN_UNIT_CHARS) {
      units.push(pending);
      pending = null;
    }
  }
  if (pending) {
    if (units.length > 0) units[units.length - 1].end = pending.end;
    else units.push(pending);
  }
  return units.length > 0 ? units : [{ start: 0, end: passage.text.length }];
}

/** The text the encoder sees for a unit: whitespace collapsed. */
export function unitText(passage: Passage, span: UnitSpan): string {
  return passage.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() || passage.text;
}

export function denseUnitTexts(passage: Passage): string[] {
  return denseUnitSpans(passage).map((span) => unitText(passage, span));
}
