import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSupportedFile } from './loaders';

export type CorpusFile = { source: string; absolutePath: string; sha256: string };
export type CorpusScan = { files: CorpusFile[]; unsupported: string[] };

/** Lists the corpus files (recursively, hidden entries skipped) with their content hashes, sorted by source. */
export async function scanCorpus(corpusDir: string): Promise<CorpusScan> {
  const files: CorpusFile[] = [];
  const unsupported: string[] = [];
  for (const absolutePath of await listFiles(corpusDir)) {
    const source = path.relative(corpusDir, absolutePath).split(path.sep).join('/');
    if (!isSupportedFile(source)) {
      unsupported.push(source);
      continue;
    }
    const sha256 = createHash('sha256').update(await readFile(absolutePath)).digest('hex');
    files.push({ source, absolutePath, sha256 });
  }
  files.sort((a, b) => a.source.localeCompare(b.source));
  return { files, unsupported };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
