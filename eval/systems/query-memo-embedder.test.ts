import { describe, expect, it } from 'vitest';
import { PassageEmbedder } from '../../vectors/types';
import { QueryMemoEmbedder } from './query-memo-embedder';

class CountingEmbedder extends PassageEmbedder {
  readonly id = 'counting';
  readonly dimension = 2;
  queries: string[] = [];

  constructor() {
    super({});
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => [text.length, 1]);
  }

  async embedQuery(text: string): Promise<number[]> {
    this.queries.push(text);
    return [text.length, 0];
  }
}

describe('QueryMemoEmbedder', () => {
  it('embeds each query once for the run and answers repeats with the same vector', async () => {
    const inner = new CountingEmbedder();
    const memo = new QueryMemoEmbedder(inner);
    const first = await memo.embedQueries(['How many?', 'how many IOM trained']);
    const again = await memo.embedQueries(['how many IOM trained', 'How many?']);
    expect(await memo.embedQuery('How many?')).toEqual(first[0]);
    expect(again).toEqual([first[1], first[0]]);
    expect(inner.queries).toEqual(['How many?', 'how many IOM trained']);
  });

  it('passes documents through and keeps the embedder identity the index manifest checks', async () => {
    const inner = new CountingEmbedder();
    const memo = new QueryMemoEmbedder(inner);
    expect(await memo.embedDocuments(['abc'])).toEqual([[3, 1]]);
    expect([memo.id, memo.dimension]).toEqual(['counting', 2]);
  });
});
