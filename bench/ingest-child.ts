/**
 * One cold ingest in a fresh process: `tsx bench/ingest-child.ts <corpusDir> <indexDir>`. Loads the
 * default embedder (timed on its own), ingests from scratch, and prints one JSON line (IngestChildResult)
 * with the process's peak RSS, so the bench measures ingest memory apart from its own.
 */
import { performance } from 'node:perf_hooks';
import { runIngest } from '../ingest/pipeline';
import { createEmbedder, UniversalSentenceEncoderEmbedder } from '../vectors/embedders';
import type { IngestSummary } from '../ingest/ingest-progress';
import { CountingEmbedder } from './counting-embedder';
import { indexFiles } from './index-files';
import { ownMemory } from './memory';

export type IngestChildResult = {
  modelLoadMs: number;
  summary: IngestSummary;
  /** Dense units (sentences and two-sentence windows) in the index. */
  units: number;
  /** Distinct unit texts actually sent to the encoder (identical texts are embedded once). */
  embeddedTexts: number;
  embeddedChars: number;
  embedMs: number;
  indexBytes: number;
  peakRssMb: number | null;
};

async function main() {
  const [corpusDir, indexDir] = process.argv.slice(2);
  if (!corpusDir || !indexDir) throw new Error('usage: ingest-child.ts <corpusDir> <indexDir>');
  const inner = createEmbedder(undefined); // the bench measures the default embedder, whatever EMBEDDER says
  const loadStart = performance.now();
  if (inner instanceof UniversalSentenceEncoderEmbedder) await inner.load();
  const modelLoadMs = performance.now() - loadStart;
  const embedder = new CountingEmbedder(inner);
  const summary = await runIngest({ corpusDir, indexDir, embedder, rebuild: true });
  const files = await indexFiles(indexDir, embedder.dimension);
  const result: IngestChildResult = {
    modelLoadMs,
    summary,
    units: files.units,
    embeddedTexts: embedder.documentTexts,
    embeddedChars: embedder.documentChars,
    embedMs: embedder.documentMs,
    indexBytes: files.bytes,
    peakRssMb: ownMemory().peakRssMb,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
