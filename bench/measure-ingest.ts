/**
 * Ingest of the bench corpus: cold in a fresh process (model load timed apart), then warm in this one
 * (nothing changed, so runIngest must return written: false without embedding anything).
 */
import path from 'node:path';
import { runIngest } from '../ingest/pipeline';
import { createEmbedder } from '../vectors/embedders';
import { BENCH_DIR, runJsonChild } from './child-process';
import { CountingEmbedder } from './counting-embedder';
import type { IngestChildResult } from './ingest-child';
import { round } from './stats';

export type IngestMeasurement = {
  cold: IngestChildResult & { passagesPerSecond: number; unitsPerSecond: number; embedTextsPerSecond: number };
  warm: { seconds: number; written: boolean; embeddedTexts: number };
};

/** Cold ingest of `corpusDir` into a fresh `indexDir` in a child process. */
export async function coldIngest(corpusDir: string, indexDir: string): Promise<IngestMeasurement['cold']> {
  const result = await runJsonChild<IngestChildResult>(path.join(BENCH_DIR, 'ingest-child.ts'), [corpusDir, indexDir]);
  const { seconds, passages } = result.summary;
  return {
    ...result,
    passagesPerSecond: round(passages / seconds),
    unitsPerSecond: round(result.units / seconds),
    embedTextsPerSecond: round(result.embeddedTexts / (result.embedMs / 1000)),
  };
}

export async function measureIngest(corpusDir: string, indexDir: string): Promise<IngestMeasurement> {
  const cold = await coldIngest(corpusDir, indexDir);
  const embedder = new CountingEmbedder(createEmbedder(undefined));
  const warm = await runIngest({ corpusDir, indexDir, embedder });
  return { cold, warm: { seconds: warm.seconds, written: warm.written, embeddedTexts: embedder.documentTexts } };
}
