import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IndexManifest } from '../corpus-index';
import { Bm25Index, type Bm25Snapshot } from '../lexical/bm25-index';
import { HnswIndex } from '../dense/hnsw-index';
import { IndexCorruptError, IndexNotFoundError } from './errors';
import type { IndexData, StoredDocument } from './index-data';
import { FILES, FORMAT_VERSION, currentPointer } from './index-layout';
import { sha256File } from './write-index';

export type StoredManifest = IndexManifest & { checksums: Record<string, string> };

export type ReadIndex = IndexData & { generationDir: string; bm25: Bm25Index; unitBm25: Bm25Index; hnsw: HnswIndex };

/** The live generation's directory, or null when the index directory holds none. */
export async function liveGenerationDir(indexDir: string): Promise<string | null> {
  const pointer = currentPointer(indexDir);
  if (!existsSync(pointer)) return null;
  const generation = (await readFile(pointer, 'utf8')).trim();
  const dir = path.join(indexDir, generation);
  if (!generation || !existsSync(dir)) throw new IndexCorruptError(pointer, `it names ${generation || 'nothing'}, which does not exist`);
  return dir;
}

export async function readManifest(indexDir: string): Promise<StoredManifest | null> {
  const dir = await liveGenerationDir(indexDir);
  return dir ? readManifestIn(dir) : null;
}

async function readManifestIn(dir: string): Promise<StoredManifest> {
  const file = path.join(dir, FILES.manifest);
  const manifest = await readJson<StoredManifest>(file);
  if (manifest.formatVersion !== FORMAT_VERSION) {
    throw new IndexCorruptError(file, `format version ${manifest.formatVersion}, this version reads ${FORMAT_VERSION}`);
  }
  return manifest;
}

/** Loads the live generation, verifying every file against the manifest's checksums first. */
export async function readIndex(indexDir: string): Promise<ReadIndex> {
  const dir = await liveGenerationDir(indexDir);
  if (!dir) throw new IndexNotFoundError(indexDir);
  const manifest = await readManifestIn(dir);
  for (const [file, expected] of Object.entries(manifest.checksums ?? {})) {
    const full = path.join(dir, file);
    if (!existsSync(full)) throw new IndexCorruptError(full, 'missing');
    if ((await sha256File(full)) !== expected) throw new IndexCorruptError(full, 'checksum mismatch: the file was altered or truncated');
  }
  const documents = await readJson<StoredDocument[]>(path.join(dir, FILES.documents));
  const passages = await readJson<IndexData['passages']>(path.join(dir, FILES.passages));
  const units = (await readJson<[number, number, number][]>(path.join(dir, FILES.units))).map(([passage, start, end]) => ({ passage, start, end }));
  const embeddings = await readEmbeddings(path.join(dir, FILES.embeddings), manifest.embedder.dimension, units.length);
  const bm25 = Bm25Index.fromJSON(await readJson<Bm25Snapshot>(path.join(dir, FILES.bm25)));
  const unitBm25 = Bm25Index.fromJSON(await readJson<Bm25Snapshot>(path.join(dir, FILES.unitBm25)));
  const hnsw = await loadHnsw(dir);
  return { manifest, documents, passages, units, embeddings, generationDir: dir, bm25, unitBm25, hnsw };
}

async function readJson<T>(file: string): Promise<T> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (cause) {
    throw new IndexCorruptError(file, 'cannot be read', { cause });
  }
  try {
    return JSON.parse(raw) as T;
  } catch (cause) {
    throw new IndexCorruptError(file, 'not valid JSON', { cause });
  }
}

async function readEmbeddings(file: string, dimension: number, count: number): Promise<Float32Array[]> {
  const buffer = await readFile(file);
  if (buffer.byteLength !== count * dimension * 4) {
    throw new IndexCorruptError(file, `holds ${buffer.byteLength} bytes, expected ${count * dimension * 4}`);
  }
  // Viewed in place when aligned (a file this large gets its own allocation) rather than copied.
  const aligned = buffer.byteOffset % 4 === 0;
  const all = aligned
    ? new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4)
    : new Float32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
  return Array.from({ length: count }, (_, i) => all.subarray(i * dimension, (i + 1) * dimension));
}

async function loadHnsw(dir: string): Promise<HnswIndex> {
  try {
    return await HnswIndex.load(dir);
  } catch (cause) {
    throw new IndexCorruptError(path.join(dir, 'vectors.hnsw'), 'hnswlib could not read it', { cause });
  }
}
