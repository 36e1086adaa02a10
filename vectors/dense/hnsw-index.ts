import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import type { VectorHit, VectorIndex } from '../types';

const INDEX_FILE = 'vectors.hnsw';
const META_FILE = 'vectors.hnsw.json';

export type HnswParams = { m: number; efConstruction: number; efSearch: number };
export const DEFAULT_HNSW_PARAMS: HnswParams = { m: 16, efConstruction: 200, efSearch: 128 };

/** Approximate cosine search with hnswlib (inner product over unit vectors). */
export class HnswIndex implements VectorIndex {
  readonly kind = 'hnsw';
  private readonly index: hnswlib.HierarchicalNSW;
  private count = 0;

  constructor(
    readonly dimension: number,
    readonly params: HnswParams = DEFAULT_HNSW_PARAMS,
    capacity = 1024,
  ) {
    this.index = new hnswlib.HierarchicalNSW('ip', dimension);
    this.index.initIndex(capacity, params.m, params.efConstruction, 100);
    this.index.setEf(params.efSearch);
  }

  get size(): number {
    return this.count;
  }

  add(label: number, vector: number[]): void {
    if (vector.length !== this.dimension) throw new RangeError(`vector has ${vector.length} dimensions, index has ${this.dimension}`);
    const max = this.index.getMaxElements();
    if (this.index.getCurrentCount() >= max) this.index.resizeIndex(max * 2);
    this.index.addPoint(vector, label);
    this.count++;
  }

  remove(label: number): void {
    this.index.markDelete(label);
    this.count--;
  }

  getVector(label: number): number[] {
    return this.index.getPoint(label);
  }

  search(vector: number[], k: number): VectorHit[] {
    const n = Math.min(k, this.count);
    if (n === 0) return [];
    // ef below k would cap both the number of results and their recall.
    this.index.setEf(Math.max(this.params.efSearch, n));
    const { neighbors, distances } = this.index.searchKnn(vector, n);
    // 'ip' distance is 1 - dot.
    return neighbors.map((label, i) => ({ label, score: 1 - distances[i] }));
  }

  async save(dir: string): Promise<void> {
    await this.index.writeIndex(path.join(dir, INDEX_FILE));
    await writeFile(path.join(dir, META_FILE), JSON.stringify({ dimension: this.dimension, params: this.params, count: this.count }));
  }

  static exists(dir: string): boolean {
    return existsSync(path.join(dir, INDEX_FILE));
  }

  static async load(dir: string): Promise<HnswIndex> {
    const meta = JSON.parse(await readFile(path.join(dir, META_FILE), 'utf8')) as { dimension: number; params: HnswParams; count: number };
    const index = new HnswIndex(meta.dimension, meta.params, 1);
    await index.index.readIndex(path.join(dir, INDEX_FILE), true);
    index.index.setEf(meta.params.efSearch);
    index.count = meta.count;
    return index;
  }
}
