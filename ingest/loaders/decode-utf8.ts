import { LoadError, describeCause } from './errors';

/**
 * Decodes UTF-8 bytes, dropping a leading BOM and nothing else (no newline or Unicode
 * normalisation: offsets into the result must slice the file's own text).
 * Invalid UTF-8 is refused, because replacement characters would silently alter the text.
 */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new LoadError({
      code: 'INVALID_ENCODING',
      source,
      message: `not valid UTF-8 text (${describeCause(cause)}); re-save the file as UTF-8`,
      cause,
    });
  }
}
