import { PassageEmbedder } from '../types';
import { inBatches } from './batches';
import { EmbedderLoadError } from './errors';
import { inspectModelDirectory, type LocalModelDirectory, type ModelDtype, type Pooling } from './local-model-directory';
import { l2Normalize } from './vector-math';

export type TransformersEmbedderOptions = {
  /** Overrides the pooling declared in `1_Pooling/config.json` (default there, else mean). */
  pooling?: Pooling;
  /** Prepended to queries only, e.g. bge's "Represent this sentence for searching relevant passages: ". */
  queryPrefix?: string;
  /** Prepended to passages only, e.g. e5's "passage: ". */
  passagePrefix?: string;
  /** Which ONNX weights to load; by default `model.onnx`, else `model_quantized.onnx`. */
  dtype?: ModelDtype;
  /** Texts per model call (default 16; padding makes larger batches of long passages wasteful). */
  batchSize?: number;
};

type Extractor = (
  texts: string[],
  options: { pooling: Pooling; normalize: boolean },
) => Promise<{ dims: number[]; tolist(): unknown }>;

/**
 * A sentence-embedding model run by transformers.js (onnxruntime-node) from a LOCAL directory,
 * e.g. an admin-provided copy of `bge-small-en-v1.5`. Never downloads: remote models are
 * disabled, and the directory is checked up front so a missing file fails with a clear error.
 *
 * @example
 * const embedder = new TransformersEmbedder('/models/bge-small-en-v1.5', {
 *   queryPrefix: 'Represent this sentence for searching relevant passages: ',
 * });
 * const vector = await embedder.embedQuery('How does IOM support returning migrants?');
 */
export class TransformersEmbedder extends PassageEmbedder {
  readonly id: string;
  readonly model: LocalModelDirectory;
  readonly batchSize: number;
  private readonly queryPrefix: string;
  private readonly passagePrefix: string;
  private discoveredDimension: number | null = null;
  private extractorPromise: Promise<Extractor> | null = null;

  /** Throws `EmbedderLoadError` at once if the directory or one of its files is missing. */
  constructor(modelDir: string, options: TransformersEmbedderOptions = {}) {
    super({});
    this.model = inspectModelDirectory(modelDir, { dtype: options.dtype, pooling: options.pooling });
    this.id = `transformers:${this.model.name}`;
    this.queryPrefix = options.queryPrefix ?? '';
    this.passagePrefix = options.passagePrefix ?? '';
    this.batchSize = options.batchSize ?? 16;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) {
      throw new RangeError(`batchSize must be a positive integer, got ${options.batchSize}`);
    }
  }

  /** From config.json when it declares the width; otherwise known once `load()` has run. */
  get dimension(): number {
    const dimension = this.discoveredDimension ?? this.model.hiddenSize;
    if (dimension === null) {
      throw new EmbedderLoadError(
        `${this.model.dir}/config.json declares no hidden_size; call load() before reading the dimension.`,
        { path: this.model.dir },
      );
    }
    return dimension;
  }

  /** Loads the model and learns its output width. Optional: the embed methods load on first use. */
  async load(): Promise<void> {
    if (this.discoveredDimension === null) await this.embed(['dimension probe']);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return this.embed(texts.map((text) => this.passagePrefix + text));
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embedQueries([text]);
    return vector;
  }

  override async embedQueries(texts: string[]): Promise<number[][]> {
    return this.embed(texts.map((text) => this.queryPrefix + text));
  }

  private async embed(texts: string[]): Promise<number[][]> {
    const extractor = await this.extractor();
    // Batch texts of similar length together: every text in a batch is padded to the longest.
    const order = texts.map((_, i) => i).sort((a, b) => texts[b].length - texts[a].length || a - b);
    const out = new Array<number[]>(texts.length);
    for (const batch of inBatches(order, this.batchSize)) {
      const tensor = await extractor(batch.map((i) => texts[i]), { pooling: this.model.pooling, normalize: true });
      const rows = tensor.tolist() as number[][];
      this.checkDimension(tensor.dims[tensor.dims.length - 1]);
      batch.forEach((textIndex, row) => {
        out[textIndex] = l2Normalize(rows[row]);
      });
    }
    return out;
  }

  private checkDimension(width: number): void {
    const declared = this.model.hiddenSize;
    if (declared !== null && declared !== width) {
      throw new EmbedderLoadError(
        `${this.model.modelFile} produces ${width}-d vectors but ${this.model.dir}/config.json declares ${declared}.`,
        { path: this.model.dir },
      );
    }
    this.discoveredDimension = width;
  }

  private extractor(): Promise<Extractor> {
    this.extractorPromise ??= this.loadExtractor().catch((cause) => {
      this.extractorPromise = null;
      throw cause;
    });
    return this.extractorPromise;
  }

  private async loadExtractor(): Promise<Extractor> {
    const { dir, dtype, subfolder, externalData } = this.model;
    try {
      const { pipeline, env } = await import('@huggingface/transformers');
      // Process-wide settings: local files only, and no cache copies (the cache is only
      // filled by downloads, and could otherwise shadow a model directory by path).
      env.allowRemoteModels = false;
      env.allowLocalModels = true;
      env.useFSCache = false;
      env.useBrowserCache = false;
      // An absolute path is not a hub id, so transformers.js reads `<dir>/<file>` directly.
      const extractor = await pipeline('feature-extraction', dir, {
        local_files_only: true,
        device: 'cpu',
        dtype,
        subfolder,
        use_external_data_format: externalData,
      });
      return extractor as unknown as Extractor;
    } catch (cause) {
      throw new EmbedderLoadError(
        `Could not load the transformers.js model in ${dir} (${dtype}, ${this.model.modelFile}): ${(cause as Error)?.message ?? cause}`,
        { path: dir, cause },
      );
    }
  }
}
