/** Raised when a citation's quote is not the exact span of the source text its offsets name. */
export class QuoteMismatchError extends Error {
  override readonly name = 'QuoteMismatchError';
  readonly code = 'ANSWER_QUOTE_MISMATCH';

  constructor(
    readonly passageId: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(`Quote of passage ${passageId} does not match the source text at ${start}–${end}`);
  }

  static isInstance(error: unknown): error is QuoteMismatchError {
    return error instanceof Error && error.name === 'QuoteMismatchError';
  }
}
