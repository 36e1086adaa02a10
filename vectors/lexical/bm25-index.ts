import { terms } from './tokenize';

export type LexicalHit = { label: number; score: number };

export type Bm25Snapshot = {
  k1: number;
  b: number;
  docLengths: number[];
  /** term → flat [label, tf, label, tf, …] */
  postings: Record<string, number[]>;
};

/** Okapi BM25 over stemmed terms. Labels are dense integers (the passage's position in the store). */
export class Bm25Index {
  private readonly postings = new Map<string, number[]>();
  private docLengths: number[] = [];
  private totalLength = 0;

  constructor(
    readonly k1 = 1.2,
    readonly b = 0.75,
  ) {}

  get size(): number {
    return this.docLengths.length;
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
    this.docLengths[label] = docTerms.length;
    this.totalLength += docTerms.length;
  }

  /** Inverse document frequency (BM25+ style, never negative). */
  idf(term: string): number {
    const df = (this.postings.get(term)?.length ?? 0) / 2;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  search(query: string, k: number, weights?: Map<string, number>): LexicalHit[] {
    const queryTerms = [...new Set(terms(query))];
    return this.searchTerms(queryTerms, k, weights);
  }

  /** Scores by already-normalised terms; `weights` scales a term's contribution (query expansion uses < 1). */
  searchTerms(queryTerms: string[], k: number, weights?: Map<string, number>): LexicalHit[] {
    const avgLength = this.totalLength / Math.max(1, this.size);
    const scores = new Map<number, number>();
    for (const term of queryTerms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term) * (weights?.get(term) ?? 1);
      for (let i = 0; i < list.length; i += 2) {
        const label = list[i];
        const tf = list[i + 1];
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.docLengths[label]) / avgLength);
        scores.set(label, (scores.get(label) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
      }
    }
    return [...scores]
      .map(([label, score]) => ({ label, score }))
      .sort((x, y) => y.score - x.score || x.label - y.label)
      .slice(0, k);
  }

  hasTerm(term: string): boolean {
    return this.postings.has(term);
  }

  toJSON(): Bm25Snapshot {
    return { k1: this.k1, b: this.b, docLengths: this.docLengths, postings: Object.fromEntries(this.postings) };
  }

  static fromJSON(snapshot: Bm25Snapshot): Bm25Index {
    const index = new Bm25Index(snapshot.k1, snapshot.b);
    index.docLengths = snapshot.docLengths;
    index.totalLength = snapshot.docLengths.reduce((sum, n) => sum + (n ?? 0), 0);
    for (const [term, list] of Object.entries(snapshot.postings)) index.postings.set(term, list);
    return index;
  }
}
