import path from 'node:path';
import type { SourceFormat } from '../types';

const FORMAT_BY_EXTENSION = {
  '.txt': 'txt',
  '.md': 'md',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
} as const satisfies Record<string, SourceFormat>;

/** Lower-case extensions (with the dot) that loadFile understands. */
export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION) as readonly (keyof typeof FORMAT_BY_EXTENSION)[];

/** The lower-case extension of a file name, with the dot (`''` when there is none). */
export function extensionOf(name: string): string {
  return path.extname(name).toLowerCase();
}

/** The format a file name maps to, or null when unsupported. Case-insensitive: `REPORT.PDF` is a PDF. */
export function formatOf(name: string): SourceFormat | null {
  const ext = extensionOf(name);
  return Object.hasOwn(FORMAT_BY_EXTENSION, ext) ? FORMAT_BY_EXTENSION[ext as keyof typeof FORMAT_BY_EXTENSION] : null;
}

/**
 * Whether a corpus walker should pick this file up: a supported extension, and not a hidden
 * file (`.foo.txt`) or an Office lock file (`~$report.docx`), which are never reports.
 * @example isSupportedFile('reports/MC-INF-302.pdf') // true
 */
export function isSupportedFile(name: string): boolean {
  const base = path.basename(name);
  if (base.startsWith('.') || base.startsWith('~$')) return false;
  return formatOf(base) !== null;
}
