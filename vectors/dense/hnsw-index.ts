import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import type { VectorHit, VectorIndex } from '../types';

const INDEX_FILE = 'vectors.hnsw';
const META_FILE = 'vectors.hnsw.json';

export type HnswParams = { m: number; efConstruction: number; efSearch: number };
/**
 * Measured on the bench's 100× index (6,504 distinct points, 40 questions; bench/README.md): efConstruction 200
 * left one question's neighbourhood out of reach, recall@10 by score 0.9725 at efSearch 128 or 256; 400 and 256
 * give 1.0000 at k = 10 and 300, at about 1 s more graph building and the same search time (0.6 ms).
 */
export const DEFAULT_HNSW_PARAMS: HnswParams = { m: 16, efConstruction: 400, efSearch: 256 };

type Meta = { dimension: number; params: HnswParams; count: number; labels: number[][] };

const vectorKey = (vector: number[]) => createHash('sha1').update(new Uint8Array(Float32Array.from(vector).buffer)).digest('base64');

/**
 * Approximate cosine search with hnswlib (inner product over unit vectors). Identical vectors are stored as one
 * graph point that carries all their labels: a corpus repeating its sentences would otherwise fill every point's
 * neighbour list with copies of itself and cut the graph into islands (a 100× reshuffled corpus, 67 copies per
 * vector: recall@10 0.64 → 1.00; bench/README.md). Search returns every label of a point, in label order.
 */
export class HnswIndex implements VectorIndex {
  readonly kind = 'hnsw';
  private readonly index: hnswlib.HierarchicalNSW;
  /** The labels of each graph point (ascending); empty once all were removed. */
  private labelsOf: number[][] = [];
  private readonly pointOf = new Map<number, number>();
  /** Points by vector hash, built on first add after a load. */
  private byKey: Map<string, number[]> | null = new Map();
  private livePoints = 0;

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
    return this.pointOf.size;
  }

  add(label: number, vector: number[]): void {
    if (vector.length !== this.dimension) throw new RangeError(`vector has ${vector.length} dimensions, index has ${this.dimension}`);
    if (this.pointOf.has(label)) this.remove(label); // re-adding a label replaces its vector
    const key = vectorKey(vector);
    const byKey = this.pointsByKey();
    const same = byKey.get(key)?.find((p) => this.labelsOf[p].length > 0 && this.index.getPoint(p).every((x, i) => x === Math.fround(vector[i])));
    if (same !== undefined) {
      const labels = this.labelsOf[same];
      labels.splice(sortedIndex(labels, label), 0, label);
      this.pointOf.set(label, same);
      return;
    }
    const point = this.labelsOf.length;
    const max = this.index.getMaxElements();
    if (this.index.getCurrentCount() >= max) this.index.resizeIndex(max * 2);
    this.index.addPoint(vector, point);
    this.labelsOf.push([label]);
    this.pointOf.set(label, point);
    this.livePoints++;
    byKey.set(key, [...(byKey.get(key) ?? []), point]);
  }

  remove(label: number): void {
    const point = this.pointOf.get(label);
    if (point === undefined) throw new RangeError(`no vector with label ${label}`);
    const labels = this.labelsOf[point];
    labels.splice(labels.indexOf(label), 1);
    this.pointOf.delete(label);
    if (labels.length === 0) {
      this.index.markDelete(point);
      this.livePoints--;
    }
  }

  getVector(label: number): number[] {
    const point = this.pointOf.get(label);
    if (point === undefined) throw new RangeError(`no vector with label ${label}`);
    return this.index.getPoint(point);
  }

  search(vector: number[], k: number): VectorHit[] {
    const n = Math.min(k, this.livePoints);
    if (n <= 0) return [];
    // ef below k would cap both the number of results and their recall.
    this.index.setEf(Math.max(this.params.efSearch, n));
    const { neighbors, distances } = this.index.searchKnn(vector, n);
    const hits: VectorHit[] = [];
    neighbors.forEach((point, i) => {
      // 'ip' distance is 1 - dot.
      for (const label of this.labelsOf[point]) if (hits.length < k) hits.push({ label, score: 1 - distances[i] });
    });
    return hits;
  }

  async save(dir: string): Promise<void> {
    await this.index.writeIndex(path.join(dir, INDEX_FILE));
    const meta: Meta = { dimension: this.dimension, params: this.params, count: this.size, labels: this.labelsOf };
    await writeFile(path.join(dir, META_FILE), JSON.stringify(meta));
  }

  static async load(dir: string): Promise<HnswIndex> {
    const meta = JSON.parse(await readFile(path.join(dir, META_FILE), 'utf8')) as Meta;
    // efSearch is a search setting, not part of the graph: an index built under a lower default searches with today's.
    const params = { ...meta.params, efSearch: Math.max(meta.params.efSearch, DEFAULT_HNSW_PARAMS.efSearch) };
    const index = new HnswIndex(meta.dimension, params, 1);
    await index.index.readIndex(path.join(dir, INDEX_FILE), true);
    index.index.setEf(params.efSearch);
    index.labelsOf = meta.labels;
    index.labelsOf.forEach((labels, point) => {
      for (const label of labels) index.pointOf.set(label, point);
      if (labels.length > 0) index.livePoints++;
    });
    index.byKey = null;
    return index;
  }

  private pointsByKey(): Map<string, number[]> {
    if (!this.byKey) {
      this.byKey = new Map();
      this.labelsOf.forEach((labels, point) => {
        if (labels.length === 0) return;
        const key = vectorKey(this.index.getPoint(point));
        this.byKey!.set(key, [...(this.byKey!.get(key) ?? []), point]);
      });
    }
    return this.byKey;
  }
}

/** Where `value` goes in the ascending `sorted` to keep it ascending. */
function sortedIndex(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
