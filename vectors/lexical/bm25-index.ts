import { terms } from './tokenize';

export type LexicalHit = { label: number; score: number };

export type Bm25Snapshot = {
  k1: number;
  b: number;
  docLengths: number[];
  /** term → flat [label, tf, label, tf, …] */
  postings: Record<string, number[]>;
};

/** A query's distinct index terms, for `searchTerms`. */
export function queryTerms(query: string): string[] {
  return [...new Set(terms(query))];
}

/** Okapi BM25 over stemmed terms. Labels are dense integers (the passage's position in the store). */
export class Bm25Index {
  private readonly postings = new Map<string, number[]>();
  /** By label; labels may skip numbers (the sentence index leaves out window units), so holes stay empty. */
  private docLengths: number[] = [];
  /** Texts indexed: N in the IDF and the divisor of the average length, not the highest label + 1. */
  private count = 0;
  private totalLength = 0;
  /** Per-label accumulators reused by every search (all zeros between searches). */
  private scores = new Float64Array(0);
  private seen = new Uint8Array(0);

  constructor(
    readonly k1 = 1.2,
    readonly b = 0.75,
  ) {}

  get size(): number {
    return this.count;
  }

  add(label: number, text: string): void {
    const docTerms = terms(text);
    const counts = new Map<string, number>();
    for (const term of docTerms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(label, tf);
    }
    if (this.docLengths[label] === undefined) this.count++;
    this.docLengths[label] = docTerms.length;
    this.totalLength += docTerms.length;
  }

  /** Whether any indexed text has the term. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** How many indexed texts have the term. */
  documentFrequency(term: string): number {
    return (this.postings.get(term)?.length ?? 0) / 2;
  }

  /** Inverse document frequency (BM25+ style, never negative). */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  search(query: string, k: number): LexicalHit[] {
    return this.searchTerms(queryTerms(query), k);
  }

  /**
   * Scores by already-normalised, distinct terms (see `queryTerms`), so one query can search several indexes.
   * `termWeight` scales a term's contribution (1 when absent); a term weighing 0 or less is not searched.
   */
  searchTerms(wanted: readonly string[], k: number, termWeight?: (term: string) => number): LexicalHit[] {
    const avgLength = this.totalLength / Math.max(1, this.size);
    // Dense arrays and a bounded heap instead of a Map and a full sort: on a 100× corpus common terms match
    // tens of thousands of units, and the Map + sort made BM25 most of a query's time (bench/README.md).
    // The arrays are kept between queries and only the matched entries are reset, so a query costs its
    // postings, not two fresh arrays the size of the index.
    if (this.scores.length !== this.docLengths.length) {
      this.scores = new Float64Array(this.docLengths.length);
      this.seen = new Uint8Array(this.docLengths.length);
    }
    const { scores, seen } = this;
    const matched: number[] = [];
    for (const term of wanted) {
      const list = this.postings.get(term);
      const weight = termWeight?.(term) ?? 1;
      if (!list || !(weight > 0)) continue;
      const idf = this.idf(term) * weight;
      for (let i = 0; i < list.length; i += 2) {
        const label = list[i];
        const tf = list[i + 1];
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.docLengths[label]) / avgLength);
        if (!seen[label]) {
          seen[label] = 1;
          matched.push(label);
        }
        scores[label] += (idf * tf * (this.k1 + 1)) / norm;
      }
    }
    const hits = topK(matched, scores, k);
    for (const label of matched) {
      scores[label] = 0;
      seen[label] = 0;
    }
    return hits;
  }

  toJSON(): Bm25Snapshot {
    return { k1: this.k1, b: this.b, docLengths: this.docLengths, postings: Object.fromEntries(this.postings) };
  }

  static fromJSON(snapshot: Bm25Snapshot): Bm25Index {
    const index = new Bm25Index(snapshot.k1, snapshot.b);
    index.docLengths = snapshot.docLengths;
    // JSON writes a hole as null.
    const lengths = snapshot.docLengths.filter((n) => n !== null && n !== undefined);
    index.count = lengths.length;
    index.totalLength = lengths.reduce((sum, n) => sum + n, 0);
    for (const [term, list] of Object.entries(snapshot.postings)) index.postings.set(term, list);
    return index;
  }
}

/** Ranks before: higher score, then lower label (the order search results are returned in). */
const before = (scores: Float64Array, a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);

/** The k best labels, best first, via a size-k heap whose root is the worst kept. */
function topK(labels: number[], scores: Float64Array, k: number): LexicalHit[] {
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && before(scores, heap[worst], heap[l])) worst = l;
      if (r < heap.length && before(scores, heap[worst], heap[r])) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  };
  for (const label of labels) {
    if (heap.length < k) {
      heap.push(label);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!before(scores, heap[parent], heap[i])) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    } else if (k > 0 && before(scores, label, heap[0])) {
      heap[0] = label;
      down(0);
    }
  }
  return heap.sort((a, b) => (before(scores, a, b) ? -1 : 1)).map((label) => ({ label, score: scores[label] }));
}
