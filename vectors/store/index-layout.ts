import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * An index directory holds generations (`gen-<time>-<pid>/`) and a `CURRENT` file naming the live one.
 * A build writes a new generation, then replaces CURRENT by rename — atomic on POSIX — so a crash at any
 * point leaves the previous generation live and loadable.
 */
export const CURRENT_FILE = 'CURRENT';
/** 7: units.json also holds two-sentence windows (a fourth element, 1). 8: BM25 terms hold numbers in digits. */
export const FORMAT_VERSION = 8;

export const FILES = {
  manifest: 'manifest.json',
  documents: 'documents.json',
  passages: 'passages.json',
  units: 'units.json',
  embeddings: 'embeddings.f32',
  bm25: 'bm25.json',
  unitBm25: 'bm25-sentences.json',
} as const;

export function newGenerationName(): string {
  return `gen-${Date.now()}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

export function currentPointer(indexDir: string): string {
  return path.join(indexDir, CURRENT_FILE);
}
