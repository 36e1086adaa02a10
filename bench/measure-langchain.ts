/**
 * The standard LangChain recipe on the same corpus and the same embedder, in the same run:
 * RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 }) → HNSWLib.fromDocuments →
 * similaritySearch(question, 5). Timed next to our retrieve(question, { k: 5 }) (hybrid: query
 * embedding + HNSW over sentences + BM25 + fusion), so the comparison is query → ranked text.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { loadFile } from '../ingest/loaders';
import { scanCorpus } from '../ingest/scan-corpus';
import { LANGCHAIN_SPLITTER } from '../eval/systems/langchain-recipe';
import type { CorpusIndex } from '../vectors/corpus-index';
import type { PassageEmbedder } from '../vectors/types';
import { CountingEmbedder } from './counting-embedder';
import type { BenchQuestion } from './questions';
import { summarize, type LatencySummary } from './stats';

export type LangChainMeasurement = {
  chunks: number;
  embeddedChars: number;
  ingest: { splitMs: number; embedAndIndexMs: number; saveMs: number; totalMs: number };
  query: LatencySummary;
  oursRetrieveK5: LatencySummary;
};

export async function measureLangChain(
  corpusDir: string,
  embedder: PassageEmbedder,
  index: CorpusIndex,
  questions: readonly BenchQuestion[],
): Promise<LangChainMeasurement> {
  const counting = new CountingEmbedder(embedder);
  const texts: string[] = [];
  const metadatas: { source: string }[] = [];
  for (const file of (await scanCorpus(corpusDir)).files) {
    texts.push((await loadFile(file.absolutePath, file.source)).text);
    metadatas.push({ source: file.source });
  }
  const t0 = performance.now();
  const documents = await new RecursiveCharacterTextSplitter(LANGCHAIN_SPLITTER).createDocuments(texts, metadatas);
  const t1 = performance.now();
  const store = await HNSWLib.fromDocuments(documents, counting);
  const t2 = performance.now();
  const saveDir = await mkdtemp(path.join(tmpdir(), 'bench-langchain-'));
  try {
    await store.save(saveDir);
  } finally {
    await rm(saveDir, { recursive: true, force: true });
  }
  const t3 = performance.now();

  await store.similaritySearch('warm up', 5);
  const theirs: number[] = [];
  const ours: number[] = [];
  for (const { question } of questions) {
    const a = performance.now();
    await store.similaritySearch(question, 5);
    const b = performance.now();
    await index.retrieve(question, { k: 5 });
    theirs.push(b - a);
    ours.push(performance.now() - b);
  }
  return {
    chunks: documents.length,
    embeddedChars: counting.documentChars,
    ingest: { splitMs: t1 - t0, embedAndIndexMs: t2 - t1, saveMs: t3 - t2, totalMs: t3 - t0 },
    query: summarize(theirs),
    oursRetrieveK5: summarize(ours),
  };
}
