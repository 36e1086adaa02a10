/**
 * Stable codes of the loader errors. Never reuse or rename a code: callers and logs match on it.
 * - `LOAD_FAILED`: the file could not be read or is corrupt / truncated / not of its claimed format.
 * - `EMPTY_FILE`: the file has zero bytes.
 * - `NO_TEXT`: the file is valid but holds no extractable text (e.g. a scanned PDF without a text layer).
 * - `INVALID_ENCODING`: a text file is not valid UTF-8 (we refuse rather than corrupt offsets with U+FFFD).
 * - `LOAD_TIMEOUT`: extraction took longer than the allowed time.
 * - `UNSUPPORTED_FORMAT`: the extension is not one we load.
 */
export const LOAD_ERROR_CODES = [
  'LOAD_FAILED',
  'EMPTY_FILE',
  'NO_TEXT',
  'INVALID_ENCODING',
  'LOAD_TIMEOUT',
  'UNSUPPORTED_FORMAT',
] as const;
export type LoadErrorCode = (typeof LOAD_ERROR_CODES)[number];

const marker = Symbol.for('report-assistant.ingest.LoadError');

/**
 * A corpus file could not be turned into text. The message names the file.
 * @example
 * try { await loadFile(path, source) } catch (e) { if (LoadError.isInstance(e)) log(e.code, e.source) }
 */
export class LoadError extends Error {
  override readonly name: string = 'LoadError';
  readonly code: LoadErrorCode;
  /** File name relative to the corpus root. */
  readonly source: string;
  private readonly [marker] = true;

  constructor(options: { code: LoadErrorCode; source: string; message: string; cause?: unknown }) {
    super(`Cannot load "${options.source}": ${options.message}`, { cause: options.cause });
    this.code = options.code;
    this.source = options.source;
  }

  /** True for any LoadError (including UnsupportedFormatError), even across duplicate module copies. */
  static isInstance(error: unknown): error is LoadError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

/** The file's extension is not one of SUPPORTED_EXTENSIONS. */
export class UnsupportedFormatError extends LoadError {
  override readonly name: string = 'UnsupportedFormatError';
  readonly extension: string;

  constructor(options: { source: string; extension: string; supported: readonly string[] }) {
    const ext = options.extension || '(none)';
    super({
      code: 'UNSUPPORTED_FORMAT',
      source: options.source,
      message: `unsupported file extension ${ext}; supported: ${options.supported.join(', ')}`,
    });
    this.extension = options.extension;
  }
}

/** The message of an unknown thrown value, for wrapping it in a LoadError. */
export function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
