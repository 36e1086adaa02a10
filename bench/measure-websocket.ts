/**
 * End to end over the websocket, one client, questions one after another: the real app (buildApp with
 * the real composer and rewriter) on an ephemeral loopback port, timed from send to `answer-end`.
 */
import { buildApp } from '../server/app';
import { createExtractiveComposer } from '../server/answer';
import { loadConfig } from '../server/config';
import { createFollowUpRewriter } from '../server/follow-up';
import type { CorpusIndex } from '../vectors/corpus-index';
import { WARM_UP_QUESTIONS } from './answer-stack';
import { BENCH_SERVER_ENV } from './bench-env';
import type { BenchQuestion } from './questions';
import { summarize, type LatencySummary } from './stats';
import { AskFailedError, BenchSocket } from './ws-client';

export type WebsocketMeasurement = { latency: LatencySummary; errors: string[]; invalidFrames: number };

export async function measureWebsocket(index: CorpusIndex, questions: readonly BenchQuestion[]): Promise<WebsocketMeasurement> {
  const app = await buildApp({
    config: loadConfig(BENCH_SERVER_ENV),
    index,
    composer: createExtractiveComposer(),
    rewriter: createFollowUpRewriter(),
    logger: false,
    staticRoot: null,
  });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const socket = await BenchSocket.open(`ws://127.0.0.1:${port}/ws`);
    for (const [i, question] of WARM_UP_QUESTIONS.entries()) await socket.ask({ id: `warm-${i}`, question });
    const latencies: number[] = [];
    const errors: string[] = [];
    let conversationId: string | undefined;
    for (const [i, { question, followUp }] of questions.entries()) {
      try {
        const timing = await socket.ask({ id: `q-${i}`, question, ...(followUp && conversationId ? { conversationId } : {}) });
        latencies.push(timing.ms);
        conversationId = timing.conversationId;
      } catch (error) {
        errors.push(error instanceof AskFailedError ? `${error.code}: ${error.message}` : String(error));
      }
    }
    await socket.close();
    return { latency: summarize(latencies), errors, invalidFrames: socket.invalidFrames().length };
  } finally {
    await app.close();
  }
}
