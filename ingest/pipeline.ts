import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { CorpusIndex, IndexManifest } from '../vectors/corpus-index';
import { denseUnits } from '../vectors/dense/dense-units';
import { openIndex, type OpenIndexOptions } from '../vectors/open-index';
import { IndexCorruptError } from '../vectors/store/errors';
import type { IndexData, StoredDocument, StoredUnit } from '../vectors/store/index-data';
import { FORMAT_VERSION } from '../vectors/store/index-layout';
import { readIndexData, readManifest } from '../vectors/store/read-index';
import { writeIndex } from '../vectors/store/write-index';
import type { PassageEmbedder } from '../vectors/types';
import type { IngestFailure, IngestProgress, IngestSummary } from './ingest-progress';
import { loadFile } from './loaders';
import { buildPassages } from './passages';
import { scanCorpus, type CorpusFile } from './scan-corpus';
import { parseDocument } from './structure';
import type { Passage } from './types';

export type IngestOptions = {
  corpusDir: string;
  indexDir: string;
  embedder: PassageEmbedder;
  /** Ignore the previous index: parse and embed every file again. */
  rebuild?: boolean;
  onProgress?: (event: IngestProgress) => void;
  /** Texts handed to the embedder at a time, between progress events (32); the embedder batches its model calls. */
  batchSize?: number;
};

export class CorpusNotFoundError extends Error {
  override readonly name = 'CorpusNotFoundError';
  readonly code = 'CORPUS_NOT_FOUND';
  constructor(readonly corpusDir: string) {
    super(`Corpus directory ${corpusDir} does not exist.`);
  }
}

/** One document's share of the index. `units[u].passage` is a position in `passages` (not a global label). */
type DocumentBuild = {
  document: StoredDocument;
  passages: Passage[];
  units: (StoredUnit & { text: string | null; vector: Float32Array | null })[];
};

/**
 * Brings the index in line with the corpus: unchanged files (same content hash, same embedder) reuse their
 * passages and vectors, changed and new files are parsed and embedded, deleted files drop out. A file that
 * fails to load is reported and skipped (its previous version, if any, is kept). Writes are atomic.
 */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { corpusDir, indexDir, embedder } = options;
  const emit = options.onProgress ?? (() => {});
  if (!existsSync(corpusDir)) throw new CorpusNotFoundError(corpusDir);

  const scan = await scanCorpus(corpusDir);
  const manifest = options.rebuild ? null : await readManifestOrNull(indexDir, emit);
  const sameEmbedder = manifest?.embedder.id === embedder.id && manifest.embedder.dimension === embedder.dimension;
  const unchangedFiles = sameEmbedder ? scan.files.filter((f) => manifest!.files[f.source]?.sha256 === f.sha256) : [];
  const removed = manifest ? Object.keys(manifest.files).filter((s) => !scan.files.some((f) => f.source === s)) : [];
  emit({ phase: 'scan', files: scan.files.length, unchanged: unchangedFiles.length });

  // Files that failed before and have not changed since stay skipped, with their recorded reason.
  const stillBroken = unchangedFiles.flatMap((f) => {
    const error = manifest!.files[f.source].error;
    return error ? [{ source: f.source, message: error, sha256: f.sha256 }] : [];
  });
  const upToDate = manifest && sameEmbedder && unchangedFiles.length === scan.files.length && removed.length === 0;
  if (upToDate) {
    const failed = stillBroken.map(({ source, message }) => ({ source, message }));
    return summary({ manifest, changed: [], unchanged: unchangedFiles.length, removed, failed, unsupported: scan.unsupported, written: false, started });
  }

  const previousIndex = sameEmbedder ? await readPreviousOrNull(indexDir, emit) : null;
  const previous = previousIndex ? previousBuilds(previousIndex) : null;
  const builds: DocumentBuild[] = [];
  const failed: (IngestFailure & { sha256: string })[] = [...stillBroken];
  const changed: string[] = [];
  for (const [i, file] of scan.files.entries()) {
    if (stillBroken.some((b) => b.source === file.source)) continue;
    const reused = unchangedFiles.includes(file) ? (previous?.get(file.source) ?? null) : null;
    if (reused) {
      builds.push(reused);
      continue;
    }
    try {
      const built = await parseFile(file);
      builds.push(built);
      changed.push(file.source);
      emit({ phase: 'parse', source: file.source, done: i + 1, total: scan.files.length, passages: built.passages.length });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failed.push({ source: file.source, message, sha256: file.sha256 });
      emit({ phase: 'failed', source: file.source, message });
      const kept = previous?.get(file.source);
      if (kept) builds.push(kept);
    }
  }

  await embedMissing(builds, embedder, options.batchSize ?? 32, emit);
  emit({ phase: 'write' });
  const passages = builds.flatMap((b) => b.passages);
  const units: StoredUnit[] = [];
  let offset = 0;
  for (const b of builds) {
    for (const { passage, start, end, window } of b.units) units.push({ passage: offset + passage, start, end, ...(window && { window }) });
    offset += b.passages.length;
  }
  const files: IndexManifest['files'] = {};
  for (const b of builds) files[b.document.meta.source] = { sha256: b.document.sha256, passages: b.passages.length };
  for (const f of failed) files[f.source] ??= { sha256: f.sha256, passages: 0, error: f.message };
  const newManifest: IndexManifest = {
    formatVersion: FORMAT_VERSION,
    embedder: { id: embedder.id, dimension: embedder.dimension },
    vectorIndex: 'hnsw',
    builtAt: new Date().toISOString(),
    files,
    documents: builds.length,
    passages: passages.length,
  };
  await writeIndex(indexDir, {
    manifest: newManifest,
    documents: builds.map((b) => b.document),
    passages,
    units,
    embeddings: builds.flatMap((b) => b.units.map((u) => u.vector!)),
  });
  const failures = failed.map(({ source, message }) => ({ source, message }));
  return summary({ manifest: newManifest, changed, unchanged: unchangedFiles.length, removed, failed: failures, unsupported: scan.unsupported, written: true, started });
}

/** Builds the index when missing or stale, then opens it. A corrupt index is reported and rebuilt from the corpus. */
export async function ensureIndex(
  options: IngestOptions & { log?: (message: string) => void; open?: OpenIndexOptions },
): Promise<CorpusIndex & { ingest: IngestSummary }> {
  const build = async (rebuild: boolean) => {
    const ingest = await runIngest({ ...options, rebuild: options.rebuild || rebuild });
    const index = await openIndex(options.indexDir, options.embedder, { log: options.log, ...options.open });
    return Object.assign(index, { ingest });
  };
  let index: CorpusIndex & { ingest: IngestSummary };
  try {
    index = await build(false);
  } catch (error) {
    if (!(error instanceof IndexCorruptError)) throw error;
    options.log?.(`${error.message} Rebuilding from ${options.corpusDir}.`);
    index = await build(true);
  }
  for (const failure of index.ingest.failed) options.log?.(`Skipped ${failure.source}: ${failure.message}`);
  return index;
}

async function parseFile(file: CorpusFile): Promise<DocumentBuild> {
  const loaded = await loadFile(file.absolutePath, file.source);
  const parsed = parseDocument(loaded);
  const passages = buildPassages(loaded, parsed);
  const document: StoredDocument = { meta: parsed.meta, format: loaded.format, sha256: file.sha256, text: loaded.text, pages: loaded.pages };
  const units = passages.flatMap((p, passage) =>
    denseUnits(p).map((unit) => ({ passage, ...unit, vector: null })),
  );
  return { document, passages, units };
}

/**
 * The previous index cut back into one build per document, in one pass (a per-file scan of every passage and unit
 * was quadratic in the corpus). A document's passages are contiguous labels, so a unit's position within its
 * document is its passage label minus the document's first.
 */
function previousBuilds(previous: IndexData): Map<string, DocumentBuild> {
  const builds = new Map<string, DocumentBuild>();
  for (const document of previous.documents) builds.set(document.meta.source, { document, passages: [], units: [] });
  const firstLabel = new Map<string, number>();
  previous.passages.forEach((passage, label) => {
    const build = builds.get(passage.source);
    if (!build) return;
    if (!firstLabel.has(passage.source)) firstLabel.set(passage.source, label);
    build.passages.push(passage);
  });
  previous.units.forEach((unit, u) => {
    const source = previous.passages[unit.passage].source;
    const build = builds.get(source);
    if (build) build.units.push({ ...unit, passage: unit.passage - firstLabel.get(source)!, text: null, vector: previous.embeddings[u] });
  });
  return builds;
}

/** Embeds every unit without a vector. Identical texts (boilerplate, repeated paragraphs) are embedded once. */
async function embedMissing(builds: DocumentBuild[], embedder: PassageEmbedder, batchSize: number, emit: (e: IngestProgress) => void) {
  const byText = new Map<string, DocumentBuild['units']>();
  for (const unit of builds.flatMap((b) => b.units.filter((u) => !u.vector))) {
    const same = byText.get(unit.text!);
    if (same) same.push(unit);
    else byText.set(unit.text!, [unit]);
  }
  // A batch is padded to its longest text, so batching texts of similar length embeds the corpus about a third faster.
  const texts = [...byText.keys()].sort((a, b) => a.length - b.length);
  emit({ phase: 'embed', done: 0, total: texts.length });
  for (let start = 0; start < texts.length; start += batchSize) {
    const batch = texts.slice(start, start + batchSize);
    const vectors = await embedder.embedDocuments(batch);
    batch.forEach((text, j) => {
      const vector = Float32Array.from(vectors[j]);
      // The unit texts are copies of passage text; dropping them once embedded keeps large ingests lean.
      for (const unit of byText.get(text)!) {
        unit.vector = vector;
        unit.text = null;
      }
      byText.delete(text);
    });
    emit({ phase: 'embed', done: Math.min(start + batchSize, texts.length), total: texts.length });
  }
}

/** The previous index, when it can be reused; an unreadable one is reported and rebuilt rather than fatal. */
async function readManifestOrNull(indexDir: string, emit: (e: IngestProgress) => void) {
  return existsSync(indexDir) ? unlessCorrupt(() => readManifest(indexDir), emit) : null;
}

async function readPreviousOrNull(indexDir: string, emit: (e: IngestProgress) => void): Promise<IndexData | null> {
  return unlessCorrupt(() => readIndexData(indexDir), emit);
}

async function unlessCorrupt<T>(read: () => Promise<T>, emit: (e: IngestProgress) => void): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof IndexCorruptError)) throw error;
    emit({ phase: 'notice', message: `${error.message} Rebuilding.` });
    return null;
  }
}

function summary(
  args: Omit<IngestSummary, 'documents' | 'passages' | 'seconds'> & { manifest: IndexManifest; started: number },
): IngestSummary {
  const { manifest, started, ...rest } = args;
  return { documents: manifest.documents, passages: manifest.passages, ...rest, seconds: (performance.now() - started) / 1000 };
}
