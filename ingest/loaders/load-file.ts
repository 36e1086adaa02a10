import { readFile } from 'node:fs/promises';
import type { LoadedText } from '../types';
import { LoadError, UnsupportedFormatError, describeCause } from './errors';
import { loadDocx } from './load-docx';
import { loadHtml } from './load-html';
import { loadPdf, type LoadPdfOptions } from './load-pdf';
import { loadText } from './load-text';
import { SUPPORTED_EXTENSIONS, extensionOf, formatOf } from './supported-formats';

export type LoadFileOptions = LoadPdfOptions;

/**
 * Reads one corpus file and returns its text, choosing the loader by extension
 * (.txt, .md, .pdf, .docx, .html, .htm; case-insensitive).
 * Throws UnsupportedFormatError for other extensions and LoadError (naming `source`) for
 * missing, empty, corrupt or truncated files.
 * @example
 * const loaded = await loadFile('/srv/corpus/MC-INF-302.pdf', 'MC-INF-302.pdf');
 * loaded.pages?.[1] // { page: 2, start, end }
 */
export async function loadFile(absolutePath: string, source: string, options: LoadFileOptions = {}): Promise<LoadedText> {
  const format = formatOf(absolutePath);
  if (format === null) {
    throw new UnsupportedFormatError({ source, extension: extensionOf(absolutePath), supported: SUPPORTED_EXTENSIONS });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (cause) {
    throw new LoadError({ code: 'LOAD_FAILED', source, message: `file could not be read: ${describeCause(cause)}`, cause });
  }
  if (bytes.length === 0) throw new LoadError({ code: 'EMPTY_FILE', source, message: 'the file is empty' });

  switch (format) {
    case 'txt':
    case 'md':
      return loadText(bytes, source, format);
    case 'html':
      return loadHtml(bytes, source);
    case 'docx':
      return loadDocx(bytes, source);
    case 'pdf':
      return loadPdf(bytes, source, options);
  }
}
