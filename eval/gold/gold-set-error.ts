export type GoldSetErrorCode = 'GOLD_FILE_UNREADABLE' | 'GOLD_SCHEMA_INVALID' | 'GOLD_SOURCE_MISSING';

/** The gold set cannot be used: a file is unreadable, breaks the schema, or names a missing report. */
export class GoldSetError extends Error {
  override readonly name = 'GoldSetError';
  readonly code: GoldSetErrorCode;

  constructor(code: GoldSetErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  static isInstance(value: unknown): value is GoldSetError {
    return value instanceof Error && value.name === 'GoldSetError';
  }
}
