import type { DocumentMeta, Passage } from '../ingest/types';
import type { CorpusIndex, IndexManifest } from './corpus-index';
import { BruteForceIndex } from './dense/brute-force-index';
import { sentenceUnits } from './dense/dense-units';
import { describeScale, measureBackground, REFERENCE_EMBEDDER, scaleToReference, type SimilarityScale } from './dense/similarity-calibration';
import { assertSameEmbedder } from './embedders';
import { DEFAULT_FUSION, type Fusion } from './fusion';
import { HybridRetriever } from './hybrid-retriever';
import { expandAcronyms, extractAcronyms } from './lexical/acronyms';
import { queryTerms } from './lexical/bm25-index';
import { expandPlaceForms } from './lexical/demonyms';
import { expandPhrasalVerbs } from './lexical/phrasal-verbs';
import { expandInitialisms, initialisms } from './lexical/initialisms';
import { preloadSynonyms, questionSynonyms } from './lexical/synonyms';
import { documentProfile, NamedSources } from './query/named-source';
import { readIndex, readSearchIndex, type SearchIndex } from './store/read-index';
import type { StoredDocument } from './store/index-data';
import type { PassageEmbedder, RetrieveOptions, ScoredPassage, VectorIndex } from './types';
import { loadGlove } from './word-vectors/glove';
import { SifIndex } from './word-vectors/sif-index';
import type { WordVectors } from './word-vectors/word-vectors';

export type OpenIndexOptions = {
  /** 'hnsw' (default) or the exact 'brute-force' scan, e.g. to measure HNSW recall. */
  vectorIndex?: 'hnsw' | 'brute-force';
  fusion?: Fusion;
  /** What a reader's word's WordNet synonyms weigh together in lexical search (default `SYNONYM_WEIGHT`; 0: none). */
  synonymWeight?: number;
  /** Map another embedder's similarities onto the reference embedder's scale (default true; false to measure without). */
  calibrate?: boolean;
  /** Told how another embedder's similarities are mapped, so an admin who switched models can see it. */
  log?: (message: string) => void;
  /** Word vectors for the fourth search signal (default: GloVe when installed, `word-vectors/glove.ts`; null: none). */
  wordVectors?: WordVectors | null;
};

/** Loads the live index generation and wires the hybrid retriever over it. */
export async function openIndex(indexDir: string, embedder: PassageEmbedder, options: OpenIndexOptions = {}): Promise<CorpusIndex> {
  // Only the exact scan needs the raw vectors in memory; HNSW holds its own copy.
  const withVectors = options.vectorIndex === 'brute-force' ? await readIndex(indexDir) : null;
  const stored: SearchIndex = withVectors ?? (await readSearchIndex(indexDir));
  assertSameEmbedder(stored.manifest.embedder, embedder, indexDir);
  const vectors: VectorIndex = withVectors ? bruteForce(withVectors.embeddings, stored.manifest.embedder.dimension) : stored.hnsw;
  const { bm25 } = stored;
  const acronyms = extractAcronyms(stored.documents.map((d) => d.text));
  const spelledOut = initialisms(stored.documents.map((d) => d.text));
  const known = (acronym: string) => queryTerms(acronym).every((term) => bm25.has(term));
  preloadSynonyms();
  // "according to the 2010 Strategy review": which document that is, by its title, opening and headings.
  const headings = new Map<string, Set<string>>(stored.documents.map((d) => [d.meta.source, new Set<string>()]));
  for (const p of stored.passages) for (const heading of p.sectionPath) headings.get(p.source)?.add(heading);
  const namedSources = new NamedSources(stored.documents.map((d) => documentProfile(d.meta, d.text, headings.get(d.meta.source) ?? [])), acronyms);
  // The composer's similarity thresholds are the reference embedder's; another embedder's scores are mapped onto them.
  let similarityScale: SimilarityScale | undefined;
  if (embedder.id !== REFERENCE_EMBEDDER.id && options.calibrate !== false) {
    const background = measureBackground(sentenceUnits(stored.units), (label) => vectors.getVector(label));
    similarityScale = scaleToReference(background);
    options.log?.(describeScale(embedder.id, background));
  }
  // A fusion that gives word vectors no weight (the eval's equal-weight RRF baseline) need not load them.
  const weighed = ((options.fusion ?? DEFAULT_FUSION).weights.wordVectors ?? 0) > 0;
  const wordVectors = !weighed ? null : options.wordVectors === undefined ? loadGlove({ log: options.log }) : options.wordVectors;
  if (weighed && options.wordVectors === undefined) options.log?.(wordVectors ? `Word vectors: ${wordVectors.id}.` : 'Word vectors: none; searching without them.');
  const retriever = new HybridRetriever({
    embedder,
    vectors,
    units: stored.units,
    lexical: bm25,
    sentenceLexical: stored.unitBm25,
    passages: stored.passages,
    fusion: options.fusion,
    similarityScale,
    wordVectors: wordVectors ? new SifIndex(wordVectors, stored.passages, stored.units) : undefined,
    // The reader's everyday words also search their synonyms the reports use ("ballots" → voting).
    expandLexicalTerms: (query, asked) => questionSynonyms(query, asked, bm25, options.synonymWeight),
    expandLexicalQuery: (query) => expandPhrasalVerbs(expandPlaceForms(expandInitialisms(expandAcronyms(query, acronyms), spelledOut, known), known), known),
    namedSource: (query) => namedSources.sourceFor(query),
  });
  return new LoadedCorpusIndex(stored.manifest, stored.documents, stored.passages, retriever);
}

function bruteForce(embeddings: Float32Array[], dimension: number): VectorIndex {
  const exact = new BruteForceIndex(dimension);
  embeddings.forEach((v, label) => exact.add(label, Array.from(v)));
  return exact;
}

class LoadedCorpusIndex implements CorpusIndex {
  readonly documents: (DocumentMeta & { passages: number })[];
  private readonly byId = new Map<string, number>();
  private readonly texts = new Map<string, string>();

  constructor(
    readonly manifest: IndexManifest,
    documents: StoredDocument[],
    readonly passages: Passage[],
    private readonly retriever: HybridRetriever,
  ) {
    const counts = new Map<string, number>();
    passages.forEach((p, i) => {
      this.byId.set(p.id, i);
      counts.set(p.source, (counts.get(p.source) ?? 0) + 1);
    });
    this.documents = documents.map((d) => ({ ...d.meta, passages: counts.get(d.meta.source) ?? 0 }));
    for (const d of documents) this.texts.set(d.meta.source, d.text);
  }

  retrieve(query: string, options?: RetrieveOptions): Promise<ScoredPassage[]> {
    return this.retriever.retrieve(query, options);
  }

  getPassage(id: string): Passage | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.passages[i];
  }

  neighbours(id: string, radius: number): Passage[] {
    const i = this.byId.get(id);
    if (i === undefined) return [];
    const source = this.passages[i].source;
    const out: Passage[] = [];
    for (let j = Math.max(0, i - radius); j <= Math.min(this.passages.length - 1, i + radius); j++) {
      if (this.passages[j].source === source) out.push(this.passages[j]);
    }
    return out;
  }

  sourceText(source: string): string {
    const text = this.texts.get(source);
    if (text === undefined) throw new RangeError(`unknown source ${source}`);
    return text;
  }
}
