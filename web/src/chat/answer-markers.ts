/**
 * Splits answer text into prose and citation markers (`[1]`, `[2][3]`, `[1, 4]`), both for a finished
 * answer and incrementally while it streams, holding back a marker that is still being typed (`… [1`).
 */
export type AnswerSegment = { kind: 'text'; text: string } | { kind: 'marker'; n: number };

const MARKER = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;
/** An unfinished marker at the very end of the streamed text. */
const OPEN_MARKER_TAIL = /\[[\d,\s]{0,24}$/;

export function splitAnswer(text: string): AnswerSegment[] {
  const segments: AnswerSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const at = match.index ?? 0;
    if (at > last) segments.push({ kind: 'text', text: text.slice(last, at) });
    for (const n of match[1].split(',')) segments.push({ kind: 'marker', n: Number(n.trim()) });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** Incremental parser: feed deltas, get the segments that are complete so far. */
export class AnswerMarkerStream {
  private pending = '';
  private full = '';

  get text(): string {
    return this.full;
  }

  push(delta: string): AnswerSegment[] {
    this.full += delta;
    const buffer = this.pending + delta;
    const tail = OPEN_MARKER_TAIL.exec(buffer);
    const ready = tail ? buffer.slice(0, tail.index) : buffer;
    this.pending = tail ? buffer.slice(tail.index) : '';
    return ready ? splitAnswer(ready) : [];
  }

  flush(): AnswerSegment[] {
    const rest = this.pending;
    this.pending = '';
    return rest ? splitAnswer(rest) : [];
  }
}

/** The citation numbers an answer text refers to, in first-use order. */
export function markerNumbers(text: string): number[] {
  const seen = new Set<number>();
  for (const s of splitAnswer(text)) if (s.kind === 'marker') seen.add(s.n);
  return [...seen];
}
