/** Wraps an embedder to count what it embeds and how long that takes: the ingest's pure embedding throughput. */
import { performance } from 'node:perf_hooks';
import { PassageEmbedder } from '../vectors/types';

export class CountingEmbedder extends PassageEmbedder {
  readonly id: string;
  readonly dimension: number;
  documentTexts = 0;
  documentChars = 0;
  documentMs = 0;
  queries = 0;

  constructor(private readonly inner: PassageEmbedder) {
    super({});
    this.id = inner.id;
    this.dimension = inner.dimension;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const start = performance.now();
    const vectors = await this.inner.embedDocuments(texts);
    this.documentMs += performance.now() - start;
    this.documentTexts += texts.length;
    for (const text of texts) this.documentChars += text.length;
    return vectors;
  }

  embedQuery(text: string): Promise<number[]> {
    this.queries++;
    return this.inner.embedQuery(text);
  }
}
