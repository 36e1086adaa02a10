import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PassageEmbedder } from '../../vectors/types';
import { DocumentVectorCache } from './document-vector-cache';

class CountingEmbedder extends PassageEmbedder {
  readonly dimension = 2;
  documents: string[] = [];

  constructor(readonly id = 'counting') {
    super({});
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    this.documents.push(...texts);
    return texts.map((text) => [text.length, 1]);
  }

  async embedQuery(text: string): Promise<number[]> {
    return [text.length, 0];
  }
}

const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'vector-cache-')), 'langchain-vectors.json');

describe('DocumentVectorCache', () => {
  it('embeds a text once across runs and returns the same vectors in order', async () => {
    const file = cacheFile();
    const first = new CountingEmbedder();
    expect(await new DocumentVectorCache(first, file).embedDocuments(['chunk one', 'chunk two'])).toEqual([
      [9, 1],
      [9, 1],
    ]);
    const second = new CountingEmbedder();
    expect(await new DocumentVectorCache(second, file).embedDocuments(['chunk two', 'a third chunk', 'chunk one'])).toEqual([
      [9, 1],
      [13, 1],
      [9, 1],
    ]);
    expect(first.documents).toEqual(['chunk one', 'chunk two']);
    expect(second.documents).toEqual(['a third chunk']);
  });

  it("ignores another embedder's vectors and a damaged file, and passes queries through", async () => {
    const file = cacheFile();
    await new DocumentVectorCache(new CountingEmbedder('model-a'), file).embedDocuments(['chunk']);
    const other = new CountingEmbedder('model-b');
    await new DocumentVectorCache(other, file).embedDocuments(['chunk']);
    expect(other.documents).toEqual(['chunk']);
    expect(JSON.parse(readFileSync(file, 'utf8')).embedder).toBe('model-b');

    writeFileSync(file, '{"embedder": "model-b", "vect');
    const afterDamage = new CountingEmbedder('model-b');
    const cache = new DocumentVectorCache(afterDamage, file);
    expect(await cache.embedDocuments(['chunk'])).toEqual([[5, 1]]);
    expect(afterDamage.documents).toEqual(['chunk']);
    expect(await cache.embedQuery('why?')).toEqual([4, 0]);
  });
});
