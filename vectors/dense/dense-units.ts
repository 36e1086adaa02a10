import { sentenceSpans } from '../../ingest/passages/sentence-spans';
import type { Passage } from '../../ingest/types';

/** Sentences shorter than this ("16.", "Point 1:") are embedded together with the next one. */
const MIN_UNIT_CHARS = 40;

/**
 * What the sentence encoder embeds for a passage: its sentences, one vector each. A passage's dense score
 * is its best sentence's, so one sentence that answers the question is not drowned by the rest of a long
 * paragraph (measured on the dev split: hit@5 0.87 → 0.92 against whole-passage vectors).
 */
export function denseUnitTexts(passage: Passage): string[] {
  const units: string[] = [];
  let pending = '';
  for (const span of sentenceSpans(passage.text)) {
    const sentence = passage.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    if (!sentence) continue;
    pending = pending ? `${pending} ${sentence}` : sentence;
    if (pending.length >= MIN_UNIT_CHARS) {
      units.push(pending);
      pending = '';
    }
  }
  if (pending) {
    if (units.length > 0) units[units.length - 1] += ` ${pending}`;
    else units.push(pending);
  }
  return units.length > 0 ? units : [passage.text.replace(/\s+/g, ' ').trim() || passage.text];
}
