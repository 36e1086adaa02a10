/** Facts about a built index directory, read from disk without loading it. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { FILES } from '../vectors/store/index-layout';
import { liveGenerationDir } from '../vectors/store/read-index';

export type IndexFiles = { generationDir: string; bytes: number; files: Record<string, number>; units: number };

export async function indexFiles(indexDir: string, dimension: number): Promise<IndexFiles> {
  const generationDir = await liveGenerationDir(indexDir);
  if (!generationDir) throw new Error(`no index generation in ${indexDir}`);
  const files: Record<string, number> = {};
  for (const name of await readdir(generationDir)) files[name] = (await stat(path.join(generationDir, name))).size;
  const bytes = Object.values(files).reduce((a, b) => a + b, 0);
  // embeddings.f32 holds one float32 vector per dense unit (sentence).
  return { generationDir, bytes, files, units: (files[FILES.embeddings] ?? 0) / (dimension * 4) };
}
