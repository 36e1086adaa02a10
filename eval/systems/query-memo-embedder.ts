import { PassageEmbedder } from '../../vectors/types';

/**
 * The eval asks every question of five systems and the answer service, and each dense side embeds the same question
 * (and its restatement) again: remembering query vectors for the run cuts that repeated model time. Documents pass
 * straight through; identity and dimension are the wrapped embedder's, so the index manifest check is unchanged.
 */
export class QueryMemoEmbedder extends PassageEmbedder {
  readonly id: string;
  readonly dimension: number;
  private readonly vectors = new Map<string, number[]>();

  constructor(private readonly inner: PassageEmbedder) {
    super({});
    this.id = inner.id;
    this.dimension = inner.dimension;
  }

  embedDocuments(texts: string[]): Promise<number[][]> {
    return this.inner.embedDocuments(texts);
  }

  async embedQuery(text: string): Promise<number[]> {
    return (await this.embedQueries([text]))[0];
  }

  override async embedQueries(texts: string[]): Promise<number[][]> {
    const missing = [...new Set(texts.filter((text) => !this.vectors.has(text)))];
    if (missing.length > 0) {
      const embedded = await this.inner.embedQueries(missing);
      missing.forEach((text, i) => this.vectors.set(text, embedded[i]));
    }
    return texts.map((text) => this.vectors.get(text)!);
  }
}
