import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dot } from '../embedders/vector-math';
import type { VectorHit, VectorIndex } from '../types';

const FILE = 'vectors.bruteforce.json';

/** Exact cosine search by scanning every vector: the reference the HNSW index is checked against. */
export class BruteForceIndex implements VectorIndex {
  readonly kind = 'brute-force';
  private readonly vectors = new Map<number, Float32Array>();

  constructor(readonly dimension: number) {}

  get size(): number {
    return this.vectors.size;
  }

  add(label: number, vector: number[]): void {
    if (vector.length !== this.dimension) throw new RangeError(`vector has ${vector.length} dimensions, index has ${this.dimension}`);
    this.vectors.set(label, Float32Array.from(vector));
  }

  remove(label: number): void {
    this.vectors.delete(label);
  }

  getVector(label: number): number[] {
    const stored = this.vectors.get(label);
    if (!stored) throw new RangeError(`no vector with label ${label}`);
    return Array.from(stored);
  }

  search(vector: number[], k: number): VectorHit[] {
    const hits: VectorHit[] = [];
    for (const [label, stored] of this.vectors) hits.push({ label, score: dot(stored, vector) });
    return hits.sort((a, b) => b.score - a.score || a.label - b.label).slice(0, k);
  }

  async save(dir: string): Promise<void> {
    const entries = [...this.vectors].map(([label, v]) => [label, Array.from(v)]);
    await writeFile(path.join(dir, FILE), JSON.stringify({ dimension: this.dimension, entries }));
  }

  static async load(dir: string): Promise<BruteForceIndex> {
    const { dimension, entries } = JSON.parse(await readFile(path.join(dir, FILE), 'utf8')) as {
      dimension: number;
      entries: [number, number[]][];
    };
    const index = new BruteForceIndex(dimension);
    for (const [label, vector] of entries) index.add(label, vector);
    return index;
  }
}
