export type EvalErrorCode =
  | 'EVAL_USAGE'
  | 'EVAL_SOURCE_MISSING'
  | 'EVAL_QUOTE_NOT_FOUND'
  | 'EVAL_QUOTE_AMBIGUOUS'
  | 'EVAL_THRESHOLDS_INVALID'
  | 'EVAL_RESULTS_UNREADABLE'
  | 'EVAL_README_MARKERS';

/** The eval cannot run or report: bad arguments, a gold quote the corpus does not hold, bad thresholds, … */
export class EvalError extends Error {
  override readonly name = 'EvalError';
  readonly code: EvalErrorCode;

  constructor(code: EvalErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  static isInstance(value: unknown): value is EvalError {
    return value instanceof Error && value.name === 'EvalError';
  }
}
