/**
 * A small CorpusIndex over given passages of the real reports: BM25 retrieval (the project's own
 * lexical index), real source texts, no embeddings. Enough to drive the composer end to end.
 */
import type { DocumentMeta, Passage } from '../ingest/types';
import type { CorpusIndex, IndexManifest } from '../vectors/corpus-index';
import { Bm25Index } from '../vectors/lexical/bm25-index';
import type { RetrieveOptions, ScoredPassage } from '../vectors/types';
import { reportText } from './answer-passages';

export class AnswerTestIndex implements CorpusIndex {
  readonly manifest: IndexManifest;
  readonly documents: (DocumentMeta & { passages: number })[];
  private readonly bm25 = new Bm25Index();
  private readonly byId: Map<string, Passage>;

  constructor(readonly passages: Passage[]) {
    passages.forEach((p, label) => this.bm25.add(label, [p.title, ...p.sectionPath, p.text].join('\n')));
    this.byId = new Map(passages.map((p) => [p.id, p]));
    const bySource = new Map<string, Passage[]>();
    for (const p of passages) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
    this.documents = [...bySource.entries()].map(([source, list]) => ({
      source,
      title: list[0].title,
      symbol: list[0].symbol,
      date: list[0].date,
      session: null,
      passages: list.length,
    }));
    this.manifest = {
      formatVersion: 1,
      embedder: { id: 'none', dimension: 0 },
      vectorIndex: 'none',
      builtAt: '2026-01-01T00:00:00.000Z',
      files: Object.fromEntries(this.documents.map((d) => [d.source, { sha256: '-', passages: d.passages }])),
      documents: this.documents.length,
      passages: passages.length,
    };
  }

  /** Synchronous retrieval, for tests that time the composer alone. */
  search(query: string, k = 8): ScoredPassage[] {
    return this.bm25.search(query, k).map((hit, rank) => ({
      passage: this.passages[hit.label],
      score: hit.score,
      lexical: { rank: rank + 1, score: hit.score },
    }));
  }

  async retrieve(query: string, options: RetrieveOptions = {}): Promise<ScoredPassage[]> {
    return this.search(query, options.k ?? 8);
  }

  getPassage(id: string): Passage | undefined {
    return this.byId.get(id);
  }

  neighbours(id: string, radius: number): Passage[] {
    const passage = this.byId.get(id);
    if (!passage) return [];
    const siblings = this.passages.filter((p) => p.source === passage.source).sort((a, b) => a.start - b.start);
    const at = siblings.indexOf(passage);
    return siblings.slice(Math.max(0, at - radius), at + radius + 1);
  }

  sourceText(source: string): string {
    return reportText(source);
  }
}
