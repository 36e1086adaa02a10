import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IndexManifest } from '../corpus-index';
import { Bm25Index, type Bm25Snapshot } from '../lexical/bm25-index';
import { HnswIndex } from '../dense/hnsw-index';
import { IndexCorruptError, IndexNotFoundError } from './errors';
import type { IndexData, StoredDocument, StoredUnit } from './index-data';
import { FILES, FORMAT_VERSION, currentPointer } from './index-layout';
import { sha256File } from './write-index';

export type StoredManifest = IndexManifest & { checksums: Record<string, string> };

/** What searching needs: the data without the raw vectors (HNSW holds its own copy of them), and the search structures. */
export type SearchIndex = Omit<IndexData, 'embeddings'> & { generationDir: string; bm25: Bm25Index; unitBm25: Bm25Index; hnsw: HnswIndex };

export type ReadIndex = SearchIndex & Pick<IndexData, 'embeddings'>;

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

/** The files holding `IndexData`; the rest (BM25 and HNSW) are search structures built from it. */
const RECORD_FILES = [FILES.documents, FILES.passages, FILES.units];
const DATA_FILES = [...RECORD_FILES, FILES.embeddings];

/**
 * The live generation with every file checked against the manifest's checksums before it is used. The files in
 * `readHere` are read once, by `read`, and hashed from those bytes; the others are hashed now by a streamed read.
 */
async function openGeneration(indexDir: string, readHere: readonly string[]) {
  const dir = await liveGenerationDir(indexDir);
  if (!dir) throw new IndexNotFoundError(indexDir);
  const manifest = await readManifestIn(dir);
  const checksums = manifest.checksums ?? {};
  for (const [file, expected] of Object.entries(checksums)) {
    if (readHere.includes(file)) continue;
    const full = path.join(dir, file);
    if (!existsSync(full)) throw new IndexCorruptError(full, 'missing');
    if ((await sha256File(full)) !== expected) throw mismatch(full);
  }
  const read = async (file: string) => ({ file: path.join(dir, file), bytes: await readVerified(path.join(dir, file), checksums[file]) });
  return { dir, manifest, read };
}

type Generation = Awaited<ReturnType<typeof openGeneration>>;

/** The records, one file at a time: each file's bytes can go once parsed (at 100×, 20 and 31 MB of JSON). */
async function parseRecords({ read }: Generation): Promise<Pick<IndexData, 'documents' | 'passages' | 'units'>> {
  const documents = parseJson<StoredDocument[]>(await read(FILES.documents));
  const passages = parseJson<IndexData['passages']>(await read(FILES.passages));
  const units = parseJson<[number, number, number, 1?][]>(await read(FILES.units)).map(([passage, start, end, window]): StoredUnit =>
    window ? { passage, start, end, window: true } : { passage, start, end },
  );
  return { documents, passages, units };
}

async function parseData(generation: Generation): Promise<IndexData> {
  const records = await parseRecords(generation);
  const embeddings = viewEmbeddings(await generation.read(FILES.embeddings), generation.manifest.embedder.dimension, records.units.length);
  return { manifest: generation.manifest, ...records, embeddings };
}

async function searchStructures({ dir, read }: Generation) {
  const bm25 = Bm25Index.fromJSON(parseJson<Bm25Snapshot>(await read(FILES.bm25)));
  const unitBm25 = Bm25Index.fromJSON(parseJson<Bm25Snapshot>(await read(FILES.unitBm25)));
  return { generationDir: dir, bm25, unitBm25, hnsw: await loadHnsw(dir) };
}

/** The live generation's data only (no search structures), verified like `readIndex`: what an incremental ingest reuses. */
export async function readIndexData(indexDir: string): Promise<IndexData & { generationDir: string }> {
  const generation = await openGeneration(indexDir, DATA_FILES);
  return { ...(await parseData(generation)), generationDir: generation.dir };
}

/** Loads the live generation with its search structures and raw vectors, verifying every file against the manifest's checksums first. */
export async function readIndex(indexDir: string): Promise<ReadIndex> {
  const generation = await openGeneration(indexDir, [...DATA_FILES, FILES.bm25, FILES.unitBm25]);
  return { ...(await parseData(generation)), ...(await searchStructures(generation)) };
}

/**
 * What a server loads: `readIndex` without the raw vectors, whose file is verified by a streamed read and not kept.
 * HNSW holds the vectors; reading them again cost the server 338 MB at its peak over a 100× corpus.
 */
export async function readSearchIndex(indexDir: string): Promise<SearchIndex> {
  const generation = await openGeneration(indexDir, [...RECORD_FILES, FILES.bm25, FILES.unitBm25]);
  return { manifest: generation.manifest, ...(await parseRecords(generation)), ...(await searchStructures(generation)) };
}

const mismatch = (file: string) => new IndexCorruptError(file, 'checksum mismatch: the file was altered or truncated');

/** A file's bytes, refused unless they hash to `expected`. */
async function readVerified(file: string, expected: string | undefined): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    throw new IndexCorruptError(file, (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'cannot be read', { cause });
  }
  if (createHash('sha256').update(bytes).digest('hex') !== expected) throw mismatch(file);
  return bytes;
}

async function readJson<T>(file: string): Promise<T> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    throw new IndexCorruptError(file, 'cannot be read', { cause });
  }
  return parseJson<T>({ file, bytes });
}

function parseJson<T>({ file, bytes }: { file: string; bytes: Buffer }): T {
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch (cause) {
    throw new IndexCorruptError(file, 'not valid JSON', { cause });
  }
}

function viewEmbeddings({ file, bytes: buffer }: { file: string; bytes: Buffer }, dimension: number, count: number): Float32Array[] {
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
