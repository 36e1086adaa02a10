import type { LoadedText } from '../types';
import { decodeUtf8 } from './decode-utf8';
import { LoadError } from './errors';

/** A .txt or .md file: its UTF-8 content exactly as stored (only a BOM is dropped). */
export function loadText(bytes: Uint8Array, source: string, format: 'txt' | 'md'): LoadedText {
  const text = decodeUtf8(bytes, source);
  if (text.trim() === '') {
    throw new LoadError({ code: 'NO_TEXT', source, message: 'the file holds only whitespace' });
  }
  return { source, format, text, pages: null };
}
