import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../gold/gold-sources';
import { LANGCHAIN_SPLITTER, splitWithOffsets } from './langchain-recipe';

describe('splitWithOffsets', () => {
  it('gives every chunk of the bundled reports its exact offsets in the source text', async () => {
    const documents = readdirSync(DEFAULT_CORPUS_DIR)
      .filter((name) => name.endsWith('.txt'))
      .map((source) => ({ source, text: readFileSync(join(DEFAULT_CORPUS_DIR, source), 'utf8') }));
    const chunks = await splitWithOffsets(documents);
    expect(chunks.length).toBeGreaterThan(documents.length * 10);
    for (const chunk of chunks) {
      const text = documents.find((d) => d.source === chunk.metadata.source)!.text;
      expect(text.slice(chunk.metadata.start, chunk.metadata.end)).toBe(chunk.pageContent);
      expect(chunk.pageContent.length).toBeLessThanOrEqual(LANGCHAIN_SPLITTER.chunkSize);
    }
  });

  it('places a chunk that repeats earlier text after the previous chunk, not at its first occurrence', async () => {
    const line = 'The same sentence again and again. '.repeat(20).trim();
    const text = `${line}\n\n${line}\n\n${line}`;
    const chunks = await splitWithOffsets([{ source: 'x.txt', text }]);
    const starts = chunks.map((c) => c.metadata.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
    for (const c of chunks) expect(text.slice(c.metadata.start, c.metadata.end)).toBe(c.pageContent);
  });
});
