/**
 * The real server stack for fault tests: the real ingest pipeline over the bundled reports (with the fast
 * hashing embedder), the real extractive composer and follow-up rewriter, the real buildApp, listening on
 * an ephemeral loopback port. Plus a forced GC for heap checks.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type { FastifyInstance } from 'fastify';
import { ensureIndex } from '../ingest/pipeline';
import { buildApp } from '../server/app';
import { createExtractiveComposer } from '../server/answer';
import type { AppConfig } from '../server/config';
import { createFollowUpRewriter } from '../server/follow-up';
import type { Answer } from '../server/protocol';
import type { CorpusIndex } from '../vectors/corpus-index';
import { HashingEmbedder } from './hashing-embedder';
import { listenForTest, testConfig } from './server-app';
import { REPORTS_DIR, tempDir } from './temp-corpus';

export type FaultsIndex = { index: CorpusIndex; indexDir: string; cleanup: () => Promise<void> };

/** Indexes `corpusDir` (default: the bundled reports) into a scratch directory. */
export async function buildFaultsIndex(corpusDir = REPORTS_DIR): Promise<FaultsIndex> {
  const scratch = await tempDir('faults-index');
  const index = await ensureIndex({ corpusDir, indexDir: scratch.dir, embedder: new HashingEmbedder(256) });
  return { index, indexDir: scratch.dir, cleanup: scratch.cleanup };
}

export type RealApp = { app: FastifyInstance; http: string; ws: string; port: number };

export async function startRealApp(index: CorpusIndex, overrides: Partial<AppConfig> = {}): Promise<RealApp> {
  const app = await buildApp({
    config: testConfig(overrides),
    index,
    composer: createExtractiveComposer(),
    rewriter: createFollowUpRewriter(),
    logger: false,
    staticRoot: null,
  });
  const urls = await listenForTest(app);
  return { app, ...urls, port: Number(new URL(urls.http).port) };
}

/** Questions the bundled reports answer; the fault tests compare answers under stress with answers before it. */
export const STEADY_QUESTIONS = [
  'When was the IOM Strategy approved by the Council?',
  'How many health assessments did IOM perform in 2009?',
  'What is the Berne Initiative?',
];

/** What must not change between two askings of the same question: the text and what it cites. */
export function answerEssence(answer: Pick<Answer, 'answer' | 'citations' | 'abstained'>) {
  return { answer: answer.answer, abstained: answer.abstained, citations: answer.citations.map((c) => [c.passageId, c.start, c.end]) };
}

/** Every citation quotes its source verbatim at its offsets. */
export function isGrounded(index: CorpusIndex, answer: Pick<Answer, 'citations'>): boolean {
  return answer.citations.every((c) => index.sourceText(c.source).slice(c.start, c.end) === c.quote);
}

let gc: (() => void) | null = null;

/** heapUsed in MB after full garbage collections (gc exposed at run time, so vitest needs no --expose-gc). */
export function settledHeapMb(): number {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
