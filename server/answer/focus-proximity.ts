import type { Candidate } from './candidates';

/** A quoted span of a source text: where a previous answer of the conversation came from. */
export type SourceSpan = { source: string; start: number; end: number };

/** A line break that opens another block: a blank line, a list item, a numbered or lettered paragraph. */
const BLOCK_BREAK = /\n\s*(?:\n|[-–•*]\s|\(?[a-z0-9]{1,3}[.)]\s)/i;
/** What is left of the closeness when a block break lies between the two: another item is another topic. */
const ACROSS_BLOCKS = 0.3;

/**
 * How close a candidate sits to the nearest focus span of its document: 1 when they touch, falling off with the
 * characters between them (to 1/e at `reach`), cut to 30 % across a paragraph or list-item break, 0 in another
 * document. A follow-up ("When was the report submitted?") most often asks about what the sentences right next
 * to the previous answer, in the same paragraph or item, say.
 */
export function focusProximity(candidate: Candidate, focus: readonly SourceSpan[], reach: number): number {
  const { passage, base, sourceText } = candidate.context;
  const start = base + candidate.start;
  const end = base + candidate.end;
  let best = 0;
  for (const span of focus) {
    if (span.source !== passage.source) continue;
    const [from, to] = span.start >= end ? [end, span.start] : [span.end, start];
    const gap = Math.max(0, to - from);
    const between = gap > 0 ? sourceText.slice(from, to) : '';
    best = Math.max(best, Math.exp(-gap / reach) * (BLOCK_BREAK.test(between) ? ACROSS_BLOCKS : 1));
  }
  return best;
}

/** The candidate lies inside a span the previous answer quoted. */
export function alreadyQuoted(candidate: Candidate, focus: readonly SourceSpan[]): boolean {
  const { passage, base } = candidate.context;
  return focus.some((span) => span.source === passage.source && span.start <= base + candidate.start && span.end >= base + candidate.end);
}
