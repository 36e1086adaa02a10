import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoadedText } from '../ingest/types';

export const REPORTS_DIR = fileURLToPath(new URL('../data/reports/', import.meta.url));

/** The bundled reports as plain-text LoadedText (no loader involved: the .txt content is the source text). */
export function reportFiles(): string[] {
  return readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

/** Load the bundled report whose file name starts with `prefix` ("003_"). */
export function loadReport(prefix: string): LoadedText {
  const source = reportFiles().find((f) => f.startsWith(prefix));
  if (!source) throw new Error(`No report starting with ${prefix} in ${REPORTS_DIR}`);
  return { source, format: 'txt', text: readFileSync(REPORTS_DIR + source, 'utf8'), pages: null };
}

/** A LoadedText built from an inline string, for synthetic cases. */
export function inlineText(text: string, source = 'synthetic.txt'): LoadedText {
  return { source, format: 'txt', text, pages: null };
}
