import type { Span } from '../structure/types';
import { sentenceSpans } from './sentence-spans';

const MAX_OVERLAP_SHARE = 0.25;

/** Break one over-long sentence at clause marks ("; ", ", "), else at spaces, into pieces of at most `max`. */
function breakLongSentence(text: string, span: Span, max: number): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const window = text.slice(start, start + max);
    const cut = [/;\s(?!.*;\s)/s, /,\s(?!.*,\s)/s, /\s(?!.*\s)/s]
      .map((re) => re.exec(window))
      .find((m) => m !== null && m.index > max / 3);
    const at = cut ? start + cut.index + 1 : start + max;
    pieces.push({ start, end: at });
    start = at;
    while (start < span.end && /\s/.test(text[start])) start += 1;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces.map((p) => {
    const raw = text.slice(p.start, p.end);
    return { start: p.start, end: p.start + raw.trimEnd().length };
  });
}

/**
 * Sentences that a page break interrupted (a footnote printed between "… two such programmes (in" and
 * "2008–2012 …)") become one piece with what was printed inside them, so no chunk ends mid-sentence.
 */
function keepInterruptedWhole(sentences: Span[], interruptions: readonly Span[]): Span[] {
  if (interruptions.length === 0) return sentences;
  // A sentence touches a gap when it ends where the gap starts, lies inside it, or starts where it ends.
  const touches = (s: Span, gap: Span) => s.end >= gap.start - 1 && s.start <= gap.end + 1;
  const out: Span[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev !== undefined && interruptions.some((gap) => touches(prev, gap) && touches(s, gap))) out[out.length - 1] = { start: prev.start, end: s.end };
    else out.push(s);
  }
  return out;
}

/**
 * Split `span` of `text` into chunks of at most `maxChars` on sentence boundaries; each chunk
 * repeats the last `overlap` sentences of the one before. A span that fits is returned whole.
 * A sentence interrupted by a page break stays whole with what the page printed inside it while that fits in
 * `maxChars`; longer, it is broken like any over-long sentence.
 */
export function chunkSpan(text: string, span: Span, maxChars: number, overlap: number, interruptions: readonly Span[] = []): Span[] {
  if (span.end - span.start <= maxChars) return [span];
  const sentences = keepInterruptedWhole(
    sentenceSpans(text.slice(span.start, span.end)).map((s) => ({ start: s.start + span.start, end: s.end + span.start })),
    interruptions,
  ).flatMap((s) => (s.end - s.start > maxChars ? breakLongSentence(text, s, maxChars) : [s]));
  const chunks: Span[] = [];
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1].end - sentences[first].start <= maxChars) last += 1;
    chunks.push({ start: sentences[first].start, end: sentences[last].end });
    if (last === sentences.length - 1) break;
    const withOverlap = Math.max(first + 1, last + 1 - overlap);
    // Repeat sentences only when they are short and the next chunk can still take a new one after them.
    const repeated = sentences[last].end - sentences[withOverlap].start;
    const fits = sentences[last + 1].end - sentences[withOverlap].start <= maxChars;
    first = fits && repeated <= maxChars * MAX_OVERLAP_SHARE ? withOverlap : last + 1;
  }
  return chunks;
}
