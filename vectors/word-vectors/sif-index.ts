import type { Passage } from '../../ingest/types';
import type { RankedList } from '../fusion';
import { dot, normalizeInPlace } from '../embedders/vector-math';
import { STOP_WORDS } from '../lexical/stop-words';
import { words } from '../lexical/tokenize';
import { seededRandom, shuffled } from '../seeded-random';
import type { StoredUnit } from '../store/index-data';
import type { WordVectors } from './word-vectors';

/**
 * SIF's smoothing: a word of corpus frequency p weighs a / (a + p), so frequent words count little. Dev split, 247
 * first questions, hybrid, weights 0.1–0.5: at 1e-4 hit@1 0.741–0.749 and MRR@10 0.809–0.816, at 1e-3 0.721–0.741
 * and 0.802–0.811.
 */
export const SIF_A = 1e-4;

/** Units the common direction is measured on: all of them in a corpus this size, a fixed sample beyond. */
const DIRECTION_SAMPLE = 4000;

/** Unit vectors kept between questions (a 100-d vector is 400 bytes). */
const CACHED_UNITS = 20_000;

/** The two steps of SIF, which tests switch off one at a time. */
export type SifOptions = {
  /** a (default `SIF_A`); Infinity weighs every word alike. */
  smoothing?: number;
  /** Remove the direction the units share (default true). */
  removeCommonDirection?: boolean;
};

/**
 * Sentence vectors from pre-trained word vectors ("smooth inverse frequency", Arora et al., 2017): each unit is the
 * frequency-weighted mean of its words' vectors, with the corpus's common direction removed. Made from the same
 * sentence and window units the encoder embedded, with the corpus's own word frequencies; it scores the passages
 * the other signals found, so a question costs a few hundred units however large the corpus, and nothing is stored.
 */
export class SifIndex {
  private readonly dimension: number;
  private readonly common: Float32Array;
  private readonly counts = new Map<string, number>();
  private total = 0;
  /** Unit labels of each passage. */
  private readonly unitsOf: number[][];
  private readonly cache = new Map<number, Float32Array>();

  constructor(
    private readonly table: WordVectors,
    private readonly passages: readonly Passage[],
    private readonly units: readonly StoredUnit[],
    private readonly options: SifOptions = {},
  ) {
    this.dimension = table.dimension;
    for (const passage of passages) {
      for (const word of words(passage.text)) {
        this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
        this.total++;
      }
    }
    this.unitsOf = passages.map(() => []);
    units.forEach((unit, label) => this.unitsOf[unit.passage].push(label));
    const labels = units.map((_, label) => label);
    const sample = units.length <= DIRECTION_SAMPLE ? labels : shuffled(labels, seededRandom(0x51f)).slice(0, DIRECTION_SAMPLE);
    const means = new Map(sample.map((label) => [label, this.weightedMean(this.textOf(units[label]))]));
    const raw = [...means.values()].filter((v): v is Float32Array => v !== null);
    this.common = options.removeCommonDirection === false ? new Float32Array(this.dimension) : firstPrincipalDirection(raw, this.dimension);
    // A corpus whose units all fit in the cache makes them now (the five reports: about 40 ms), so no question pays
    // for the ones it meets first; a larger one makes them as questions need them. The sample's means are reused.
    if (units.length <= CACHED_UNITS) labels.forEach((label) => this.unitVector(label, means.get(label)));
  }

  /**
   * The given passages (the other signals' finds), ranked by their best unit's cosine with the query; empty when no
   * query word has a vector. Dev split, 247 first questions, weight 0.2: hit@1 0.741, hit@5 0.911, MRR@10 0.813,
   * against 0.749 / 0.911 / 0.817 scoring every passage of the corpus (both with sums, before the mean and the
   * shared tokeniser: now 0.745 / 0.911 / 0.815), which at 100× the bundled reports took
   * the bench's query p95 from 41 to 248 ms and the server from 552 to 1,042 MB.
   */
  search(query: string, passages: Iterable<number>): RankedList {
    const raw = this.weightedMean(query);
    if (!raw) return [];
    const q = this.finish(raw);
    const ranked: RankedList = [];
    for (const passage of passages) {
      let best = -Infinity;
      for (const label of this.unitsOf[passage] ?? []) best = Math.max(best, dot(this.unitVector(label), q));
      if (best > -Infinity) ranked.push({ label: passage, score: best });
    }
    return ranked.sort((a, b) => b.score - a.score);
  }

  /**
   * A unit's vector, unit length (zero when none of its words has one); recently used ones are kept. `mean`: its
   * weighted mean when already made (null: no word has a vector).
   */
  private unitVector(label: number, mean?: Float32Array | null): Float32Array {
    let v = this.cache.get(label);
    if (v) {
      this.cache.delete(label);
    } else {
      const raw = mean !== undefined ? mean : this.weightedMean(this.textOf(this.units[label]));
      v = raw ? this.finish(raw) : new Float32Array(this.dimension);
      if (this.cache.size >= CACHED_UNITS) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(label, v);
    return v;
  }

  private textOf(unit: StoredUnit): string {
    return this.passages[unit.passage].text.slice(unit.start, unit.end);
  }

  private weightedMean(text: string): Float32Array | null {
    const sum = new Float32Array(this.dimension);
    let found = 0;
    const a = this.options.smoothing ?? SIF_A;
    for (const word of words(text)) {
      if (STOP_WORDS.has(word)) continue;
      const vector = this.table.vector(word);
      if (!vector) continue;
      // A word the corpus never uses (the reader's "employees") weighs as one it uses once.
      const weight = Number.isFinite(a) ? a / (a + (this.counts.get(word) ?? 1) / this.total) : 1;
      for (let d = 0; d < this.dimension; d++) sum[d] += weight * vector[d];
      found++;
    }
    if (found === 0) return null;
    // A mean, not a sum: the common direction is measured on these, and sums would let long windows decide it
    // (dev, 247 first questions: hit@1 0.745 against 0.741, MRR@10 0.815 against 0.812).
    for (let d = 0; d < this.dimension; d++) sum[d] /= found;
    return sum;
  }

  /** Without the common direction, at unit length. */
  private finish(v: Float32Array): Float32Array {
    const along = dot(v, this.common);
    const out = new Float32Array(v.length);
    for (let d = 0; d < v.length; d++) out[d] = v[d] - along * this.common[d];
    return normalizeInPlace(out);
  }
}

/** The direction most unit vectors share: power iteration on their uncentred second moment. */
function firstPrincipalDirection(vectors: Float32Array[], dimension: number): Float32Array {
  if (vectors.length === 0) return new Float32Array(dimension);
  let u = new Float32Array(dimension).fill(1 / Math.sqrt(dimension));
  for (let iteration = 0; iteration < 30; iteration++) {
    const next = new Float32Array(dimension);
    for (const v of vectors) {
      const along = dot(v, u);
      for (let d = 0; d < dimension; d++) next[d] += along * v[d];
    }
    u = normalizeInPlace(next);
  }
  return u;
}
