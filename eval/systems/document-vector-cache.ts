import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PassageEmbedder } from '../../vectors/types';

type CacheFile = { embedder: string; vectors: Record<string, number[]> };

const keyOf = (text: string) => createHash('sha256').update(text).digest('hex');

function readCache(file: string, embedder: string): Map<string, number[]> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    // Another model's vectors are no use, and a damaged file is only a slower run.
    return parsed.embedder === embedder && parsed.vectors ? new Map(Object.entries(parsed.vectors)) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * The LangChain baseline embeds its 1000-character chunks on every eval run (about half a minute of model time on
 * two cores), though they only change with the corpus or the embedder. This wrapper keeps document vectors in a file
 * keyed by the embedder's id and each text's hash; queries pass straight through. The file is replaced whole through a
 * temporary name, so an interrupted run leaves the previous one readable.
 */
export class DocumentVectorCache extends PassageEmbedder {
  readonly id: string;
  readonly dimension: number;
  private readonly vectors: Map<string, number[]>;

  constructor(
    private readonly inner: PassageEmbedder,
    private readonly file: string,
  ) {
    super({});
    this.id = inner.id;
    this.dimension = inner.dimension;
    this.vectors = readCache(file, inner.id);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const keys = texts.map(keyOf);
    // Each missing text once, with the key already made for it.
    const missing = [...new Map(texts.map((text, i) => [keys[i], text] as const).filter(([key]) => !this.vectors.has(key)))];
    if (missing.length > 0) {
      const embedded = await this.inner.embedDocuments(missing.map(([, text]) => text));
      missing.forEach(([key], i) => this.vectors.set(key, embedded[i]));
      this.save(new Set(keys));
    }
    return keys.map((key) => this.vectors.get(key)!);
  }

  embedQuery(text: string): Promise<number[]> {
    return this.inner.embedQuery(text);
  }

  override embedQueries(texts: string[]): Promise<number[][]> {
    return this.inner.embedQueries(texts);
  }

  /** Keeps the vectors of this call's texts only, so chunks of an older corpus do not pile up. */
  private save(keep: ReadonlySet<string>): void {
    const vectors = Object.fromEntries([...this.vectors].filter(([key]) => keep.has(key)));
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ embedder: this.id, vectors } satisfies CacheFile));
    renameSync(temporary, this.file);
  }
}
