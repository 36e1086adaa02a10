/**
 * Load: `clients` websocket clients at once against the real server in a child process, each asking
 * `questionsPerClient` questions one after another (a follow-up continues the client's conversation).
 * Errors are failed asks, timeouts, unexpected closes, frames that break the protocol schema and
 * error-level server log lines.
 */
import { performance } from 'node:perf_hooks';
import type { BenchQuestion } from './questions';
import { startServer } from './server-child';
import { round, summarize, type LatencySummary } from './stats';
import { AskFailedError, BenchSocket } from './ws-client';

export type LoadMeasurement = {
  clients: number;
  questionsPerClient: number;
  answers: number;
  errors: { count: number; samples: string[] };
  latency: LatencySummary;
  /** send → answer-start: waiting for the server plus retrieve and compose. */
  firstFrame: LatencySummary;
  /** The server's own retrieve + compose time per answer (timings.totalMs). */
  serverTotal: LatencySummary;
  wallSeconds: number;
  answersPerSecond: number;
  server: { startupMs: number; idleRssMb: number; peakRssMb: number };
};

export async function measureLoad(options: {
  corpusDir: string;
  indexDir: string;
  clients: number;
  questionsPerClient: number;
  questions: readonly BenchQuestion[];
}): Promise<LoadMeasurement> {
  const { clients, questionsPerClient, questions } = options;
  const server = await startServer({ corpusDir: options.corpusDir, indexDir: options.indexDir });
  const latencies: number[] = [];
  const firstFrames: number[] = [];
  const serverTotals: number[] = [];
  const errors: string[] = [];
  let wallSeconds = 0;
  try {
    const sockets = await Promise.all(Array.from({ length: clients }, () => BenchSocket.open(server.ws)));
    const started = performance.now();
    await Promise.all(
      sockets.map(async (socket, c) => {
        let conversationId: string | undefined;
        for (let q = 0; q < questionsPerClient; q++) {
          // Clients start at different places in the list so the server sees a mix at any moment.
          const { question, followUp } = questions[(c * 7 + q) % questions.length];
          try {
            const timing = await socket.ask({ id: `c${c}-q${q}`, question, ...(followUp && conversationId ? { conversationId } : {}) });
            latencies.push(timing.ms);
            firstFrames.push(timing.startMs);
            serverTotals.push(timing.serverMs);
            conversationId = timing.conversationId;
          } catch (error) {
            errors.push(error instanceof AskFailedError ? `${error.code}: ${error.message}` : String(error));
          }
        }
      }),
    );
    wallSeconds = (performance.now() - started) / 1000;
    await Promise.all(sockets.map((s) => s.close()));
    for (const socket of sockets) errors.push(...socket.invalidFrames().map((f) => `invalid frame: ${f.slice(0, 200)}`));
  } finally {
    await server.stop();
  }
  errors.push(...server.errorLogLines().map((line) => `server log: ${line.slice(0, 300)}`));
  const peak = server.peakRss();
  return {
    clients,
    questionsPerClient,
    answers: latencies.length,
    errors: { count: errors.length, samples: errors.slice(0, 10) },
    latency: summarize(latencies),
    firstFrame: summarize(firstFrames),
    serverTotal: summarize(serverTotals),
    wallSeconds: round(wallSeconds, 2),
    answersPerSecond: round(latencies.length / wallSeconds),
    server: { startupMs: server.startupMs, idleRssMb: round(server.idleRssMb), peakRssMb: round(Math.max(peak.sampledMb, peak.highWaterMb ?? 0)) },
  };
}
