import { describe, expect, it } from 'vitest';
import { HashingEmbedder } from '../../test-support/hashing-embedder';
import { dot, l2Normalize } from '../embedders/vector-math';
import { embedDenseQuery } from './dense-query';

class RecordingEmbedder extends HashingEmbedder {
  readonly queries: string[] = [];
  override async embedQuery(text: string): Promise<number[]> {
    this.queries.push(text);
    return super.embedQuery(text);
  }
}

describe('embedDenseQuery', () => {
  it('searches with the mean of the question and its restatement, and scores with the question alone', async () => {
    const embedder = new RecordingEmbedder(256);
    const question = 'How many migrants did IOM train in 2009?';
    const query = await embedDenseQuery(embedder, question);
    expect(embedder.queries).toEqual([question, 'how many migrants IOM trained in 2009']);
    const asked = await embedder.embedQuery(question);
    const restated = await embedder.embedQuery('how many migrants IOM trained in 2009');
    expect(query.question).toEqual(asked);
    const mean = l2Normalize(asked.map((x, i) => x + restated[i]));
    query.search.forEach((x, i) => expect(x).toBeCloseTo(mean[i], 12));
    expect(dot(query.search, query.search)).toBeCloseTo(1, 12);
  });

  it('searches with the question alone when the grammar cannot restate it', async () => {
    const embedder = new RecordingEmbedder(256);
    const query = await embedDenseQuery(embedder, 'migrant training 2009');
    expect(embedder.queries).toEqual(['migrant training 2009']);
    expect(query.search).toBe(query.question);
  });
});
