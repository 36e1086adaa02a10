import { createHash } from 'node:crypto';

function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/**
 * Stable passage id: 16 hex characters of sha1(source, start, end, sha1(text)). An unchanged file
 * yields the same ids on every ingest; a changed passage (text or place) gets a new one.
 */
export function passageId(source: string, start: number, end: number, text: string): string {
  return sha1(`${source}\u0000${start}\u0000${end}\u0000${sha1(text)}`).slice(0, 16);
}
