/**
 * The real server (`server/main.ts`, as `npm start` runs it) in a child process on an ephemeral
 * loopback port, so a load generator in the bench process does not share its event loop. Samples the
 * child's RSS while it runs; counts error-level log lines.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { BENCH_SERVER_ENV } from './bench-env';
import { REPO_DIR, spawnTsx } from './child-process';
import { processMemory } from './memory';

export type RunningServer = {
  pid: number;
  http: string;
  ws: string;
  startupMs: number;
  /** RSS right after it started listening (index loaded, model warmed up). */
  idleRssMb: number;
  /** Highest RSS sampled so far (every 100 ms) and the kernel's high-water mark. */
  peakRss(): { sampledMb: number; highWaterMb: number | null };
  rssNow(): number | null;
  errorLogLines(): string[];
  stop(): Promise<void>;
};

const MAIN = path.join(REPO_DIR, 'server/main.ts');
const SERVING = /Serving .* at http:\/\/([^\s/]+)/;

export class ServerStartError extends Error {
  override readonly name = 'ServerStartError';
  readonly code = 'BENCH_SERVER_START_FAILED';
}

export async function startServer(options: { corpusDir: string; indexDir: string; timeoutMs?: number }): Promise<RunningServer> {
  const started = Date.now();
  const child = spawnTsx(MAIN, [], { ...BENCH_SERVER_ENV, CORPUS_DIR: options.corpusDir, INDEX_DIR: options.indexDir });
  const errors: string[] = [];
  let output = '';
  const host = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new ServerStartError(`server did not start within ${options.timeoutMs ?? 300_000} ms:\n${output.slice(-2000)}`));
    }, options.timeoutMs ?? 300_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      for (const line of chunk.toString().split('\n')) {
        if (/"level":(50|60)/.test(line)) errors.push(line);
        const match = SERVING.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new ServerStartError(`server exited (${signal ?? code}) before listening:\n${output.slice(-2000)}`));
    });
  });
  const pid = child.pid!;
  const startupMs = Date.now() - started;
  let sampledMb = processMemory(pid)?.rssMb ?? 0;
  const idleRssMb = sampledMb;
  const sampler = setInterval(() => {
    const now = processMemory(pid);
    if (now) sampledMb = Math.max(sampledMb, now.rssMb);
  }, 100);
  sampler.unref();
  let highWaterMb: number | null = null;
  return {
    pid,
    http: `http://${host}`,
    ws: `ws://${host}/ws`,
    startupMs,
    idleRssMb,
    peakRss: () => ({ sampledMb, highWaterMb: processMemory(pid)?.peakRssMb ?? highWaterMb }),
    rssNow: () => processMemory(pid)?.rssMb ?? null,
    errorLogLines: () => errors,
    async stop() {
      clearInterval(sampler);
      highWaterMb = processMemory(pid)?.peakRssMb ?? null;
      await stopChild(child);
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
