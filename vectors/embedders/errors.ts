/** An embedder could not be loaded: missing model directory or files, unreadable config, or a runtime failure. */
export class EmbedderLoadError extends Error {
  override readonly name = 'EmbedderLoadError';
  readonly code = 'EMBEDDER_LOAD_FAILED';
  /** The model directory or package involved, when there is one. */
  readonly path: string | null;

  constructor(message: string, options: { path?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.path = options.path ?? null;
  }

  static isInstance(error: unknown): error is EmbedderLoadError {
    return error instanceof Error && (error as { code?: unknown }).code === 'EMBEDDER_LOAD_FAILED';
  }
}

export type EmbedderIdentity = { id: string; dimension: number };

/** The index on disk was built by a different embedder than the one configured now. */
export class EmbedderMismatchError extends Error {
  override readonly name = 'EmbedderMismatchError';
  readonly code = 'EMBEDDER_MISMATCH';
  readonly indexEmbedder: EmbedderIdentity;
  readonly configuredEmbedder: EmbedderIdentity;

  constructor(message: string, indexEmbedder: EmbedderIdentity, configuredEmbedder: EmbedderIdentity) {
    super(message);
    this.indexEmbedder = indexEmbedder;
    this.configuredEmbedder = configuredEmbedder;
  }

  static isInstance(error: unknown): error is EmbedderMismatchError {
    return error instanceof Error && (error as { code?: unknown }).code === 'EMBEDDER_MISMATCH';
  }
}
