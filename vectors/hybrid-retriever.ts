import type { Passage } from '../ingest/types';
import type { Bm25Index } from './lexical/bm25-index';
import { termsWithKnownVariants } from './lexical/word-variants';
import { dot } from './embedders/vector-math';
import { sentenceUnits } from './dense/dense-units';
import type { SimilarityScale } from './dense/similarity-calibration';
import { DEFAULT_FUSION, fuse, type Fusion, type RankedList, type Signal } from './fusion';
import { embedDenseQuery } from './query/dense-query';
import type { StoredUnit } from './store/index-data';
import type { PassageEmbedder, RetrieveOptions, Retriever, ScoredPassage, VectorIndex } from './types';
import type { SifIndex } from './word-vectors/sif-index';

/** Units fetched per passage wanted: a passage often has several matching sentences and windows. */
export const UNITS_PER_PASSAGE = 6;

/**
 * A two-sentence window's similarity counts this much against a sentence's. Averaging two sentences dilutes a
 * vector's match to a short question, so at 1.0 a window rarely outranks its best sentence; on the dev split's
 * first questions hit@5 was 0.872 without windows, 0.887 at 1.0 and 0.901–0.906 from 1.03 to 1.1.
 */
export const WINDOW_WEIGHT = 1.05;

const NO_TERMS: ReadonlyMap<string, number> = new Map();

export type HybridRetrieverDeps = {
  embedder: PassageEmbedder;
  /** Dense vectors of passage units (sentences), labelled by position in `units`. */
  vectors: VectorIndex;
  units: StoredUnit[];
  lexical: Bm25Index;
  /** BM25 over the same units as the vectors: a passage's best sentence, so long paragraphs don't dilute a match. */
  sentenceLexical: Bm25Index;
  passages: Passage[];
  fusion?: Fusion;
  /**
   * Maps this embedder's similarities onto the reference encoder's scale, in which the window weight and the
   * composer's thresholds were measured (identity when absent).
   */
  similarityScale?: SimilarityScale;
  /** Index terms to search besides the question's own, with their weights (e.g. WordNet synonyms); none when absent. */
  expandLexicalTerms?: (query: string, asked: readonly string[]) => ReadonlyMap<string, number>;
  /** Rewrites the query for the lexical side (e.g. acronym expansion); identity when absent. */
  expandLexicalQuery?: (query: string) => string;
  /** Sentence vectors made of pre-trained word vectors, over the same units (`word-vectors/`): a fourth signal when present. */
  wordVectors?: SifIndex;
  /** The document a question names as its source ("according to the 2010 Strategy review"; `query/named-source.ts`). */
  namedSource?: (query: string) => string | null;
};

export class HybridRetriever implements Retriever {
  private readonly fusion: Fusion;

  private readonly scale: SimilarityScale;

  /** Sentence unit labels of each passage label (windows left out: the composer reads sentences). */
  private readonly unitsOf: number[][];

  constructor(private readonly deps: HybridRetrieverDeps) {
    this.fusion = deps.fusion ?? DEFAULT_FUSION;
    this.scale = deps.similarityScale ?? ((similarity) => similarity);
    this.unitsOf = deps.passages.map(() => []);
    for (const { label, passage } of sentenceUnits(deps.units)) this.unitsOf[passage].push(label);
  }

  async retrieve(query: string, options: RetrieveOptions = {}): Promise<ScoredPassage[]> {
    const k = options.k ?? 8;
    const mode = options.mode ?? 'hybrid';
    const depth = Math.max(this.fusion.depth, k);
    const vector = mode === 'lexical' ? null : await embedDenseQuery(this.deps.embedder, query);
    const dense: RankedList = vector ? this.bestUnitPerPassage(this.weighWindows(this.deps.vectors.search(vector.search, depth * UNITS_PER_PASSAGE)), depth) : [];
    // Tokenised and stemmed once for both BM25 indexes.
    const lexicalQuery = this.deps.expandLexicalQuery?.(query) ?? query;
    // A word no passage has is tried in the form the reports use ("attendees" → attend).
    const terms = mode === 'dense' ? [] : termsWithKnownVariants(lexicalQuery, (t) => this.deps.lexical.has(t));
    const extra = mode === 'dense' ? NO_TERMS : (this.deps.expandLexicalTerms?.(query, terms) ?? NO_TERMS);
    const searched = [...terms, ...extra.keys()];
    const termWeight = (term: string) => extra.get(term) ?? 1;
    const lexical: RankedList = mode === 'dense' ? [] : this.deps.lexical.searchTerms(searched, depth, termWeight);
    const sentenceHits: RankedList = mode === 'hybrid' ? this.deps.sentenceLexical.searchTerms(searched, depth * UNITS_PER_PASSAGE, termWeight) : [];
    const sentenceLexical = this.bestUnitPerPassage(sentenceHits, depth);
    // A search that returned fewer hits than asked holds every passage with a query word.
    const complete = new Set<Signal>();
    if (lexical.length < depth) complete.add('lexical');
    if (sentenceHits.length < depth * UNITS_PER_PASSAGE && sentenceLexical.length < depth) complete.add('sentenceLexical');

    const scores =
      mode === 'hybrid'
        ? fuse({ dense, lexical, sentenceLexical, wordVectors: this.wordVectorList(query, [dense, lexical, sentenceLexical]) }, this.fusion, complete)
        : new Map((mode === 'dense' ? dense : lexical).map((h) => [h.label, h.score]));
    const bonus = this.fusion.namedSourceBonus ?? 0;
    const named = mode === 'hybrid' && bonus > 0 ? this.deps.namedSource?.(query) : null;
    const results = new Map<number, ScoredPassage>();
    for (const [label, score] of scores) {
      const passage = this.deps.passages[label];
      results.set(label, passage.source === named ? { passage, score: score + bonus, namedSource: true } : { passage, score });
    }
    dense.forEach((hit, i) => (results.get(hit.label)!.dense = { rank: i + 1, score: hit.score }));
    lexical.forEach((hit, i) => (results.get(hit.label)!.lexical = { rank: i + 1, score: hit.score }));

    const ranked = [...results].sort(([, a], [, b]) => b.score - a.score || a.passage.start - b.passage.start).slice(0, k);
    if (vector) for (const [label, scored] of ranked) scored.unitScores = this.unitScores(label, vector.question);
    return ranked.map(([, scored]) => scored);
  }

  /** GloVe sentence vectors re-score what the other signals found (every passage would cost a scan of the corpus). */
  private wordVectorList(query: string, found: RankedList[]): RankedList {
    if (!this.deps.wordVectors || (this.fusion.weights.wordVectors ?? 0) <= 0) return [];
    return this.deps.wordVectors.search(query, new Set(found.flatMap((list) => list.map((hit) => hit.label))));
  }

  // Vectors come from the vector index, not a second in-memory copy: at 100× scale that copy is ~200 MB of RSS.
  private unitScores(label: number, query: number[]): NonNullable<ScoredPassage['unitScores']> {
    return this.unitsOf[label].map((u) => ({ start: this.deps.units[u].start, end: this.deps.units[u].end, score: this.scale(dot(this.deps.vectors.getVector(u), query)) }));
  }

  /** On the reference scale: 1.05 × 0.9 is a far larger step where unrelated sentences score 0.83 ± 0.05. */
  private weighWindows(unitHits: RankedList): RankedList {
    return unitHits
      .map(({ label, score }) => ({ label, score: this.scale(score) * (this.deps.units[label].window ? WINDOW_WEIGHT : 1) }))
      .sort((a, b) => b.score - a.score);
  }

  /** Unit hits (best first) → passages ranked by their best unit. */
  private bestUnitPerPassage(unitHits: RankedList, depth: number): RankedList {
    const best = new Map<number, number>();
    for (const hit of unitHits) {
      const label = this.deps.units[hit.label].passage;
      if (!best.has(label)) best.set(label, hit.score);
    }
    return [...best].map(([label, score]) => ({ label, score })).slice(0, depth);
  }
}
