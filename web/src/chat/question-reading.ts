/**
 * How the server read a question. A follow-up ("And in 2008?") is rewritten into a standalone
 * question before searching; users see that reading only when it says more than what they typed.
 */

const TRAILING_PUNCTUATION = /[\s\p{P}]+$/u;

const comparable = (question: string): string =>
  question.trim().replace(TRAILING_PUNCTUATION, '').replace(/\s+/g, ' ').toLowerCase();

/** True unless the two differ only in case, spacing or end punctuation. */
export function readsDifferently(typed: string, standalone: string): boolean {
  return standalone.trim() !== '' && comparable(typed) !== comparable(standalone);
}
