import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Bm25Index } from '../lexical/bm25-index';
import { HnswIndex } from '../dense/hnsw-index';
import type { IndexData } from './index-data';
import { CURRENT_FILE, FILES, currentPointer, newGenerationName } from './index-layout';
import { lexicalText, unitLexicalText } from './lexical-text';

/** Writes `data` as a new generation and makes it current atomically; older generations are removed after. */
export async function writeIndex(indexDir: string, data: IndexData): Promise<string> {
  await mkdir(indexDir, { recursive: true });
  const generation = newGenerationName();
  const dir = path.join(indexDir, generation);
  await mkdir(dir);

  const dimension = data.manifest.embedder.dimension;
  const hnsw = new HnswIndex(dimension, undefined, Math.max(16, data.embeddings.length));
  data.embeddings.forEach((vector, unit) => hnsw.add(unit, Array.from(vector)));
  const bm25 = new Bm25Index();
  data.passages.forEach((passage, label) => bm25.add(label, lexicalText(passage)));
  const unitBm25 = new Bm25Index();
  // Sentences only: BM25 over two-sentence windows ranked worse on the dev split (vectors/README.md).
  data.units.forEach((unit, label) => unit.window || unitBm25.add(label, unitLexicalText(data.passages[unit.passage], unit)));

  await writeFile(path.join(dir, FILES.documents), JSON.stringify(data.documents));
  await writeFile(path.join(dir, FILES.passages), JSON.stringify(data.passages));
  await writeFile(path.join(dir, FILES.units), JSON.stringify(data.units.map((u) => (u.window ? [u.passage, u.start, u.end, 1] : [u.passage, u.start, u.end]))));
  await writeEmbeddings(path.join(dir, FILES.embeddings), data.embeddings, dimension);
  await writeFile(path.join(dir, FILES.bm25), JSON.stringify(bm25.toJSON()));
  await writeFile(path.join(dir, FILES.unitBm25), JSON.stringify(unitBm25.toJSON()));
  await hnsw.save(dir);

  const checksums: Record<string, string> = {};
  for (const file of await readdir(dir)) checksums[file] = await sha256File(path.join(dir, file));
  await writeFile(path.join(dir, FILES.manifest), JSON.stringify({ ...data.manifest, checksums }, null, 2));
  await fsyncDir(dir);

  const pointerTmp = `${currentPointer(indexDir)}.${process.pid}.tmp`;
  await writeFile(pointerTmp, generation);
  await rename(pointerTmp, currentPointer(indexDir));
  await fsyncDir(indexDir);
  await removeStaleGenerations(indexDir, generation);
  return dir;
}

/** Packs the vectors slice by slice: at 100× the reports one buffer of all of them was 200 MB at the ingest's peak. */
async function writeEmbeddings(file: string, embeddings: Float32Array[], dimension: number): Promise<void> {
  const perSlice = 4096;
  const handle = await open(file, 'w');
  try {
    for (let start = 0; start < embeddings.length; start += perSlice) {
      const slice = embeddings.slice(start, start + perSlice);
      const packed = new Float32Array(slice.length * dimension);
      slice.forEach((vector, i) => packed.set(vector, i * dimension));
      await handle.writeFile(new Uint8Array(packed.buffer)); // appends at the current position, looping on short writes
    }
  } finally {
    await handle.close();
  }
}

/** Streamed, so checking a large index (hundreds of MB of vectors) does not hold each file in memory at once. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes generations other than the live one, including leftovers of builds that crashed. */
async function removeStaleGenerations(indexDir: string, live: string): Promise<void> {
  for (const entry of await readdir(indexDir)) {
    if (entry === live || entry === CURRENT_FILE) continue;
    if (entry.startsWith('gen-') || entry.endsWith('.tmp')) await rm(path.join(indexDir, entry), { recursive: true, force: true });
  }
}
