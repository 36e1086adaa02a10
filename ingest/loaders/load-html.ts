import type { LoadedText } from '../types';
import { decodeUtf8 } from './decode-utf8';
import { LoadError, describeCause } from './errors';
import { htmlToText } from './html-to-text';
import { fixWindows1252 } from './windows-1252';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The charset a page declares in its first 1024 bytes (`<meta charset>` or http-equiv), if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1].toLowerCase() ?? null;
}

function decodeHtml(bytes: Uint8Array, source: string): string {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const charset = hasBom ? null : declaredCharset(bytes);
  if (charset === null || charset === 'utf-8' || charset === 'utf8') return decodeUtf8(bytes, source);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return decodeUtf8(bytes, source); // unknown label: browsers fall back too, we insist on UTF-8
  }
  try {
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text;
  } catch (cause) {
    throw new LoadError({ code: 'INVALID_ENCODING', source, message: `not valid ${charset} text as declared`, cause });
  }
}

/** An .html/.htm page: its visible text, paragraph per block element (see htmlToText). */
export function loadHtml(bytes: Uint8Array, source: string): LoadedText {
  const html = decodeHtml(bytes, source);
  let text: string;
  try {
    text = htmlToText(html);
  } catch (cause) {
    throw new LoadError({ code: 'LOAD_FAILED', source, message: `HTML could not be parsed: ${describeCause(cause)}`, cause });
  }
  if (text.trim() === '') {
    throw new LoadError({ code: 'NO_TEXT', source, message: 'the page has no visible text' });
  }
  return { source, format: 'html', text, pages: null };
}
