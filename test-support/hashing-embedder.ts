import { createHash } from 'node:crypto';
import { terms } from '../vectors/lexical/tokenize';
import { PassageEmbedder } from '../vectors/types';

/**
 * A deterministic bag-of-stems embedder for tests: fast, offline, and texts sharing words are close.
 * Records its calls so tests can assert what was (not) embedded again.
 */
export class HashingEmbedder extends PassageEmbedder {
  readonly id: string;
  readonly embedded: string[] = [];

  constructor(
    readonly dimension = 64,
    name = 'hashing',
  ) {
    super({});
    this.id = `${name}-${dimension}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    this.embedded.push(...texts);
    return texts.map((t) => this.vector(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.vector(text);
  }

  private vector(text: string): number[] {
    const v = new Array<number>(this.dimension).fill(0);
    for (const term of terms(text)) {
      const h = createHash('md5').update(term).digest();
      v[h.readUInt32LE(0) % this.dimension] += h[4] & 1 ? 1 : -1;
    }
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  }
}

/**
 * How to open an index built with the hashing embedder when the composer's judgement matters: with its raw scores.
 * It is a bag of words, and mapped onto the reference encoder's scale (`vectors/dense/similarity-calibration.ts`)
 * one shared word ("Geneva" in "the price of bananas in Geneva") reads as a paraphrase.
 */
export const HASHING_RAW_SCORES = { calibrate: false } as const;
