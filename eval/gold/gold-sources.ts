import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GoldSetError } from './gold-set-error';
import { GOLD_DIR } from './schema';

/** data/reports of this repository: the corpus the gold set was written against. */
export const DEFAULT_CORPUS_DIR = resolve(GOLD_DIR, '../../data/reports');

/**
 * Reads every plain-text report (.txt, .md) of a flat corpus folder, keyed by file name, as it is on
 * disk: that is the source text quotes are checked against. Extracted formats (PDF, DOCX) would need
 * ingest to produce their text and are not supported here.
 */
export function readCorpus(corpusDir: string): Map<string, string> {
  let names: string[];
  try {
    names = readdirSync(corpusDir).filter((n) => /\.(txt|md)$/.test(n)).sort();
  } catch (cause) {
    throw new GoldSetError('GOLD_SOURCE_MISSING', `Cannot list the corpus folder ${corpusDir}`, { cause });
  }
  if (names.length === 0) throw new GoldSetError('GOLD_SOURCE_MISSING', `No .txt or .md reports in ${corpusDir}`);
  return new Map(names.map((name) => [name, readFileSync(join(corpusDir, name), 'utf8')]));
}
