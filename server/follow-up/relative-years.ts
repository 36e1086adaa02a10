import { questionWords, bareWord } from '../../vectors/query/word-classes';
import { QUESTION_STOP_WORDS } from '../answer/text/stop-words';
import { readCues } from './follow-up-cues';

/**
 * Years named relative to the conversation's year: "the year before", "two years earlier", "the following
 * year", "a year later", "the previous year". They need the previous question's year to mean anything.
 */
const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNT = `(${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,2})`;
const PATTERNS: { pattern: RegExp; sign: -1 | 1 }[] = [
  { pattern: new RegExp(`\\b(?:in\\s+|for\\s+)?(?:the\\s+)?${COUNT}?\\s*years?\\s+(?:before|earlier|prior)\\b`, 'i'), sign: -1 },
  { pattern: /\b(?:in\s+|for\s+)?the\s+(?:previous|preceding|prior|last)\s+year\b/i, sign: -1 },
  { pattern: new RegExp(`\\b(?:in\\s+|for\\s+)?(?:the\\s+)?${COUNT}?\\s*years?\\s+(?:later|after(?:wards)?)\\b`, 'i'), sign: 1 },
  { pattern: /\b(?:in\s+|for\s+)?the\s+(?:following|next|subsequent)\s+year\b/i, sign: 1 },
];

export type RelativeYear = { offset: number; start: number; end: number };

/** The relative year phrase of a follow-up and its offset in years ("two years earlier" → -2), or null. */
export function relativeYear(text: string): RelativeYear | null {
  for (const { pattern, sign } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const count = match[1]?.toLowerCase();
    const n = count === undefined ? 1 : (NUMBER_WORDS[count] ?? Number(count));
    return { offset: sign * n, start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** Words that only point at the previous answer ("the figure", "the same"). */
const GENERIC_WORDS = new Set(['figure', 'figures', 'number', 'numbers', 'total', 'amount', 'value', 'same', 'one', 'answer', 'result', 'data']);

/** Nothing is asked beyond connectors, question words and words pointing at the previous answer ("What was the figure"). */
export function asksNothingNew(text: string): boolean {
  const cues = readCues(text);
  return questionWords(cues.body).every((w) => {
    const word = bareWord(w);
    return word === '' || GENERIC_WORDS.has(word) || QUESTION_STOP_WORDS.has(word) || /^(?:what|which|how|was|is|were|are|it|that|this)$/.test(word);
  });
}
