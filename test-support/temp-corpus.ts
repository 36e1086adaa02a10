import { fileURLToPath } from 'node:url';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPORTS_DIR = fileURLToPath(new URL('../data/reports', import.meta.url));

/** A scratch directory; `cleanup()` removes it. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Copies some of the bundled reports into a fresh corpus directory. */
export async function copyReports(dir: string, names: string[]): Promise<void> {
  for (const name of names) await cp(path.join(REPORTS_DIR, name), path.join(dir, name));
}
