/**
 * Scale: a synthetic corpus of `copies` reshuffled versions of each report, ingested cold in a child
 * process; then query latency over it in-process, HNSW recall@10 against exact search over the stored
 * vectors, index size on disk, and the real server's RSS while serving it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_FUSION } from '../vectors/fusion';
import { UNITS_PER_PASSAGE } from '../vectors/hybrid-retriever';
import { readIndex } from '../vectors/store/read-index';
import { openIndex } from '../vectors/open-index';
import type { PassageEmbedder } from '../vectors/types';
import { recallAtK, type RecallMeasurement } from './hnsw-recall';
import { coldIngest, type IngestMeasurement } from './measure-ingest';
import { measureQueries, type QueryMeasurement } from './measure-queries';
import type { BenchQuestion } from './questions';
import { seededRandom } from '../vectors/seeded-random';
import { startServer } from './server-child';
import { summarize, type LatencySummary } from './stats';
import { writeSyntheticCorpus, type SyntheticCorpus } from './synthetic-corpus';
import { AskFailedError, BenchSocket } from './ws-client';

const SEED = 20_240_611;
/** What the retriever asks HNSW for per query (depth 50 × 6 units); recall there is what ranking actually sees. */
const RETRIEVER_FETCH = DEFAULT_FUSION.depth * UNITS_PER_PASSAGE;

export type ScaleMeasurement = {
  copies: number;
  corpus: SyntheticCorpus & { writeMs: number };
  ingest: IngestMeasurement['cold'] & { wallMs: number };
  openMs: number;
  queries: QueryMeasurement;
  recall: { questions: RecallMeasurement; units: RecallMeasurement; questionsAtFetchDepth: RecallMeasurement };
  /** Distinct vectors among the units' vectors (identical sentences share one). */
  distinctVectors: number;
  server: { startupMs: number; idleRssMb: number; peakRssMb: number; websocket: LatencySummary; errors: string[] };
};

export async function measureScale(options: {
  sourceDir: string;
  workDir: string;
  copies: number;
  embedder: PassageEmbedder;
  questions: readonly BenchQuestion[];
  unitQueries: number;
  log: (line: string) => void;
}): Promise<ScaleMeasurement> {
  const { workDir, copies, embedder, questions, log } = options;
  const corpusDir = path.join(workDir, 'scale-corpus');
  const indexDir = path.join(workDir, 'scale-index');

  let t = performance.now();
  const corpus = await writeSyntheticCorpus({ sourceDir: options.sourceDir, targetDir: corpusDir, copies, seed: SEED });
  const writeMs = performance.now() - t;
  log(`scale: ${corpus.files} files (${(corpus.bytes / 1e6).toFixed(1)} MB) written; ingesting cold in a child process`);

  t = performance.now();
  const ingest = { ...(await coldIngest(corpusDir, indexDir)), wallMs: performance.now() - t };
  log(`scale: ingested ${ingest.summary.passages} passages, ${ingest.units} units in ${ingest.summary.seconds.toFixed(1)} s`);

  t = performance.now();
  const index = await openIndex(indexDir, embedder);
  const openMs = performance.now() - t;
  const queries = await measureQueries(index, embedder, questions);
  log(`scale: query p95 ${queries.total.p95} ms; measuring HNSW recall`);

  const stored = await readIndex(indexDir);
  const questionVectors = await embedder.embedDocuments(questions.map((q) => q.question));
  const random = seededRandom(SEED);
  const unitVectors = Array.from({ length: options.unitQueries }, () => Array.from(stored.embeddings[Math.floor(random() * stored.embeddings.length)]));
  const search = (q: number[], k: number) => stored.hnsw.search(q, k);
  const recall = {
    questions: recallAtK(stored.embeddings, search, questionVectors, 10),
    units: recallAtK(stored.embeddings, search, unitVectors, 10),
    questionsAtFetchDepth: recallAtK(stored.embeddings, search, questionVectors, RETRIEVER_FETCH),
  };

  const distinctVectors = new Set(stored.embeddings.map((v) => createHash('sha1').update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).digest('base64'))).size;

  log('scale: serving the scale index from the real server for RSS');
  const server = await startServer({ corpusDir, indexDir });
  const latencies: number[] = [];
  const errors: string[] = [];
  try {
    const socket = await BenchSocket.open(server.ws);
    for (const [i, { question }] of questions.entries()) {
      try {
        latencies.push((await socket.ask({ id: `s-${i}`, question })).ms);
      } catch (error) {
        errors.push(error instanceof AskFailedError ? `${error.code}: ${error.message}` : String(error));
      }
    }
    await socket.close();
    errors.push(...socket.invalidFrames().map((f) => `invalid frame: ${f.slice(0, 200)}`));
  } finally {
    await server.stop();
  }
  const peak = server.peakRss();
  return {
    copies,
    corpus: { ...corpus, writeMs },
    ingest,
    openMs,
    queries,
    recall,
    distinctVectors,
    server: {
      startupMs: server.startupMs,
      idleRssMb: server.idleRssMb,
      peakRssMb: Math.max(peak.sampledMb, peak.highWaterMb ?? 0),
      websocket: summarize(latencies),
      errors: [...errors, ...server.errorLogLines()],
    },
  };
}
