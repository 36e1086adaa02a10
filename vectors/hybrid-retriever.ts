import type { Passage } from '../ingest/types';
import type { Bm25Index } from './lexical/bm25-index';
import type { StoredUnit } from './store/index-data';
import type { PassageEmbedder, RetrieveOptions, Retriever, ScoredPassage, VectorIndex } from './types';

/**
 * Weighted reciprocal rank fusion: score = Σ weight / (rrfK + rank). Equal weights lose to BM25 alone on
 * this kind of corpus (measured while planning), so the weights are set from `npm run eval`.
 */
export type FusionWeights = { dense: number; lexical: number; rrfK: number; depth: number };
/** Units fetched per passage wanted: a passage often has several matching sentences. */
const UNITS_PER_PASSAGE = 4;

export const DEFAULT_FUSION: FusionWeights = { dense: 0.5, lexical: 1, rrfK: 10, depth: 50 };

export type HybridRetrieverDeps = {
  embedder: PassageEmbedder;
  /** Dense vectors of passage units (sentences), labelled by position in `units`. */
  vectors: VectorIndex;
  units: StoredUnit[];
  lexical: Bm25Index;
  passages: Passage[];
  fusion?: FusionWeights;
  /** Rewrites the query for the lexical side (e.g. acronym expansion); identity when absent. */
  expandLexicalQuery?: (query: string) => string;
};

export class HybridRetriever implements Retriever {
  private readonly fusion: FusionWeights;

  /** Unit labels of each passage label. */
  private readonly unitsOf: number[][];

  constructor(private readonly deps: HybridRetrieverDeps) {
    this.fusion = deps.fusion ?? DEFAULT_FUSION;
    this.unitsOf = deps.passages.map(() => []);
    deps.units.forEach((unit, label) => this.unitsOf[unit.passage].push(label));
  }

  async retrieve(query: string, options: RetrieveOptions = {}): Promise<ScoredPassage[]> {
    const k = options.k ?? 8;
    const mode = options.mode ?? 'hybrid';
    const depth = Math.max(this.fusion.depth, k);
    const fused = new Map<number, ScoredPassage>();
    const entry = (label: number) => {
      let scored = fused.get(label);
      if (!scored) fused.set(label, (scored = { passage: this.deps.passages[label], score: 0 }));
      return scored;
    };

    let vector: number[] | null = null;
    if (mode !== 'lexical') {
      vector = await this.deps.embedder.embedQuery(query);
      this.densePassages(vector, depth).forEach((hit, i) => {
        const scored = entry(hit.label);
        scored.dense = { rank: i + 1, score: hit.score };
        scored.score += (mode === 'dense' ? 1 : this.fusion.dense) / (this.fusion.rrfK + i + 1);
      });
    }
    if (mode !== 'dense') {
      const lexicalQuery = this.deps.expandLexicalQuery?.(query) ?? query;
      this.deps.lexical.search(lexicalQuery, depth).forEach((hit, i) => {
        const scored = entry(hit.label);
        scored.lexical = { rank: i + 1, score: hit.score };
        scored.score += (mode === 'lexical' ? 1 : this.fusion.lexical) / (this.fusion.rrfK + i + 1);
      });
    }
    const ranked = [...fused.entries()].sort(([, a], [, b]) => b.score - a.score || a.passage.start - b.passage.start).slice(0, k);
    if (vector) for (const [label, scored] of ranked) scored.unitScores = this.unitScores(label, vector);
    return ranked.map(([, scored]) => scored);
  }

  private unitScores(label: number, query: number[]): NonNullable<ScoredPassage['unitScores']> {
    return this.unitsOf[label].map((u) => {
      const stored = this.deps.vectors.getVector(u);
      let dot = 0;
      for (let i = 0; i < stored.length; i++) dot += stored[i] * query[i];
      return { start: this.deps.units[u].start, end: this.deps.units[u].end, score: dot };
    });
  }

  /** Passages ranked by their best unit's similarity. */
  private densePassages(vector: number[], depth: number): { label: number; score: number }[] {
    const best = new Map<number, number>();
    for (const hit of this.deps.vectors.search(vector, depth * UNITS_PER_PASSAGE)) {
      const label = this.deps.units[hit.label].passage;
      if (!best.has(label)) best.set(label, hit.score);
    }
    return [...best].map(([label, score]) => ({ label, score })).slice(0, depth);
  }
}
