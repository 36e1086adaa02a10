import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { RankedUnit, RetrievalSystem } from './retrieval-system';

/** The splitter settings of LangChain's RAG tutorials, which is what "the standard recipe" means here. */
export const LANGCHAIN_SPLITTER = { chunkSize: 1000, chunkOverlap: 200 } as const;

type ChunkMeta = { source: string; start: number; end: number };

/**
 * Splits source texts as LangChain's recipe does and records each chunk's offsets. This version of the
 * splitter has no `addStartIndex`, so the offsets come from the same search its `createDocuments` uses
 * for line numbers: each chunk is looked up after the previous chunk's start.
 */
export async function splitWithOffsets(documents: readonly { source: string; text: string }[]): Promise<Document<ChunkMeta>[]> {
  const splitter = new RecursiveCharacterTextSplitter(LANGCHAIN_SPLITTER);
  const chunks: Document<ChunkMeta>[] = [];
  for (const { source, text } of documents) {
    let previous = -1;
    for (const chunk of await splitter.splitText(text)) {
      const start = text.indexOf(chunk, previous + 1);
      if (start < 0) throw new Error(`LangChain chunk not found in ${source}: ${JSON.stringify(chunk.slice(0, 60))}`);
      chunks.push(new Document({ pageContent: chunk, metadata: { source, start, end: start + chunk.length } }));
      previous = start;
    }
  }
  return chunks;
}

/**
 * Baseline: `RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 })` over the source
 * texts, an in-memory `HNSWLib` store over our embedder, `similaritySearchWithScore(question, k)`.
 */
export async function buildLangChainRecipe(
  documents: readonly { source: string; text: string }[],
  embeddings: EmbeddingsInterface,
): Promise<RetrievalSystem & { chunks: number }> {
  const chunks = await splitWithOffsets(documents);
  const store = await HNSWLib.fromDocuments(chunks, embeddings);
  return {
    id: 'langchain',
    label: 'LangChain recipe (1000/200 chunks + HNSWLib)',
    chunks: chunks.length,
    async retrieve(query, k): Promise<RankedUnit[]> {
      const results = await store.similaritySearchWithScore(query, k);
      return results.map(([doc]) => {
        const { source, start, end } = doc.metadata as ChunkMeta;
        return { source, start, end, text: doc.pageContent, label: `${source}, chars ${start}–${end}` };
      });
    },
  };
}
