import { EvalError } from '../errors';
import type { GoldAnswer } from '../gold/schema';

/** A gold answer located in its source text: the quote's character span, and the facts. */
export type GoldTarget = { source: string; quote: string; start: number; end: number; facts: readonly string[] };

/**
 * Finds the quote's offsets by exact search in its source text, where the gold set guarantees it occurs
 * exactly once.
 * @throws EvalError EVAL_SOURCE_MISSING | EVAL_QUOTE_NOT_FOUND | EVAL_QUOTE_AMBIGUOUS
 */
export function locateGold(answer: GoldAnswer, sourceText: (source: string) => string | undefined): GoldTarget {
  const text = sourceText(answer.source);
  if (text === undefined) throw new EvalError('EVAL_SOURCE_MISSING', `The index holds no source text for ${answer.source}.`);
  const start = text.indexOf(answer.quote);
  if (start < 0) throw new EvalError('EVAL_QUOTE_NOT_FOUND', `Gold quote is not in ${answer.source}: ${JSON.stringify(answer.quote.slice(0, 80))}`);
  if (text.indexOf(answer.quote, start + 1) >= 0) {
    throw new EvalError('EVAL_QUOTE_AMBIGUOUS', `Gold quote occurs more than once in ${answer.source}: ${JSON.stringify(answer.quote.slice(0, 80))}`);
  }
  return { source: answer.source, quote: answer.quote, start, end: start + answer.quote.length, facts: answer.facts };
}
