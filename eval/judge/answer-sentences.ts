/** A sentence of an answer, cut at its citation markers: its text and the marker numbers after it. */
export type AnswerSentence = { text: string; markers: number[] };

const MARKER_RUN = /(?:\s*\[(\d+)\])+/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Splits an answer into sentences on its `[n]` markers: each run of markers closes the text before it.
 * Text after the last marker that holds a word is a sentence without markers; bare punctuation is dropped.
 * A marker run with no words before it adds its markers to the previous sentence.
 *
 * @example splitAnswerSentences('A rose. [1] B fell. [2][3] C') // A rose. [1] | B fell. [2,3] | C []
 */
export function splitAnswerSentences(answer: string): AnswerSentence[] {
  const sentences: AnswerSentence[] = [];
  let from = 0;
  for (const run of answer.matchAll(MARKER_RUN)) {
    const text = clean(answer.slice(from, run.index));
    const markers = [...run[0].matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    from = run.index + run[0].length;
    const previous = sentences.at(-1);
    if (!HAS_WORD.test(text) && previous) previous.markers = unique([...previous.markers, ...markers]);
    else if (HAS_WORD.test(text)) sentences.push({ text, markers: unique(markers) });
  }
  const tail = clean(answer.slice(from));
  if (HAS_WORD.test(tail)) sentences.push({ text: tail, markers: [] });
  return sentences;
}

const clean = (text: string) => text.replace(/^[\s.,;:!?]+/, '').trim();
const unique = (numbers: number[]) => [...new Set(numbers)];
