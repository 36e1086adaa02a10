const BOUNDARY = /(?<=[.;:!?])\s+(?=[A-Z0-9(“"'‘])/u;
/** Fragments shorter than this ("16.", "(a)", "Point 1:") join the sentence that follows. */
const MIN_SENTENCE_CHARS = 25;

/**
 * Splits prose into sentences with a punctuation heuristic that tolerates OCR noise.
 * Whitespace is collapsed; short fragments such as paragraph numbers are merged forward.
 * Returns `[]` for blank text.
 */
export function splitSentences(text: string): string[] {
  const pieces = text.replace(/\s+/g, ' ').trim().split(BOUNDARY).filter((p) => p.length > 0);
  const sentences: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    const candidate = pending ? `${pending} ${piece}` : piece;
    if (candidate.length < MIN_SENTENCE_CHARS) pending = candidate;
    else {
      sentences.push(candidate);
      pending = '';
    }
  }
  if (pending) {
    if (sentences.length > 0) sentences[sentences.length - 1] += ` ${pending}`;
    else sentences.push(pending);
  }
  return sentences;
}
