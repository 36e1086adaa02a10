/** Stable codes for what the structure parser and passage builder reject. Never reuse a code. */
export type IngestStructureErrorCode =
  | 'INGEST_INVALID_TEXT' // LoadedText is not a { source, text } with string fields
  | 'INGEST_EMPTY_DOCUMENT' // the text has no visible characters
  | 'INGEST_PARSE_MISMATCH' // a ParsedDocument was passed with a LoadedText of another source/text
  | 'INGEST_INVALID_PASSAGE_OPTIONS'; // maxChars / overlapSentences out of range

const MARK = Symbol.for('report-assistant.IngestStructureError');

/** Raised on input the parser cannot turn into a document; nothing is silently dropped. */
export class IngestStructureError extends Error {
  override readonly name = 'IngestStructureError';
  readonly [MARK] = true;

  constructor(
    readonly code: IngestStructureErrorCode,
    message: string,
    readonly source: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  static isInstance(error: unknown): error is IngestStructureError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[MARK] === true;
  }
}
