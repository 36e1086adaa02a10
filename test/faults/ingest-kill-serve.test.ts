/**
 * An ingest SIGKILLed while it writes the new index generation: the previous index must still load AND
 * serve grounded answers over REST and the websocket, and the server's boot path (ensureIndex) must then
 * finish the job and clean up. ingest/pipeline.test.ts already checks that a killed ingest leaves a
 * loadable index; this file adds serving, and aims the kill at the write phase.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureIndex, runIngest } from '../../ingest/pipeline';
import { answerSchema } from '../../server/protocol';
import { answerEssence, isGrounded, startRealApp, STEADY_QUESTIONS } from '../../test-support/faults-app';
import { HashingEmbedder } from '../../test-support/hashing-embedder';
import { askAndCollect, TestSocket } from '../../test-support/server-ws-client';
import { copyReports, tempDir } from '../../test-support/temp-corpus';
import type { CorpusIndex } from '../../vectors/corpus-index';
import { openIndex } from '../../vectors/open-index';

const FIRST = ['003_c8beaa6237c2b2c4.txt', '004_f5d453e5d967b2d5.txt'];
const ADDED = ['000_3ad2074d6c553691.txt', '001_8423bfa31fba8c72.txt', '002_a49d0c20b8ca94b8.txt'];
const CHILD = path.resolve(import.meta.dirname, '../../test-support/faults-ingest-child.ts');
const embedder = () => new HashingEmbedder(256);
const question = STEADY_QUESTIONS[0]; // answered by 003, which both corpus versions hold

let work: { dir: string; cleanup: () => Promise<void> };
let corpusDir: string;
let indexDir: string;

beforeAll(async () => {
  work = await tempDir('faults-kill');
  corpusDir = path.join(work.dir, 'corpus');
  indexDir = path.join(work.dir, 'index');
  await mkdir(corpusDir);
  await copyReports(corpusDir, FIRST);
  await runIngest({ corpusDir, indexDir, embedder: embedder() });
});
afterAll(() => work?.cleanup());

/** Runs the ingest child and SIGKILLs it `delayMs` after it starts writing; resolves whether it finished first. */
function ingestKilledDuringWrite(delayMs: number): Promise<{ completed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, corpusDir, indexDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let completed = false;
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.includes('"phase":"write"')) setTimeout(() => child.kill('SIGKILL'), delayMs);
      if (chunk.includes('"phase":"done"')) completed = true;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ completed: completed && code === 0 });
      else reject(new Error(`ingest child failed (${code}): ${stderr}`));
    });
  });
}

/** Serves `index` with the real app and asks over REST and the websocket; returns the websocket answer. */
async function serveAndAsk(index: CorpusIndex) {
  const server = await startRealApp(index);
  try {
    const rest = await server.app.inject({ method: 'POST', url: '/api/ask', payload: { question } });
    expect(rest.statusCode).toBe(200);
    const restAnswer = answerSchema.parse(rest.json());
    const socket = await TestSocket.open(server.ws);
    const { end } = await askAndCollect(socket, { id: 'after-kill', question });
    await socket.close();
    expect(socket.invalid).toEqual([]);
    for (const answer of [restAnswer, end]) {
      expect(answer.abstained).toBe(false);
      expect(isGrounded(index, answer)).toBe(true);
    }
    expect(answerEssence(end)).toEqual(answerEssence(restAnswer));
    return end;
  } finally {
    await server.app.close();
  }
}

describe('ingest killed while writing', () => {
  it('leaves the previous index loadable and serving, and the next boot completes the ingest', async () => {
    const before = await openIndex(indexDir, embedder());
    const baseline = answerEssence(await serveAndAsk(before));
    await copyReports(corpusDir, ADDED);

    let interrupted = 0;
    for (const delayMs of [0, 40, 120, 250]) {
      const { completed } = await ingestKilledDuringWrite(delayMs);
      const live = (await readFile(path.join(indexDir, 'CURRENT'), 'utf8')).trim();
      const generations = (await readdir(indexDir)).filter((e) => e.startsWith('gen-'));
      // A generation other than the live one is a half-written build the kill left behind.
      if (!completed && generations.some((g) => g !== live)) interrupted++;

      const index = await openIndex(indexDir, embedder());
      expect(index.passages.length).toBe(index.manifest.passages);
      const stillOld = index.documents.length === FIRST.length;
      expect(index.documents.length).toBe(stillOld ? FIRST.length : FIRST.length + ADDED.length);
      const answer = await serveAndAsk(index);
      if (stillOld) expect(answerEssence(answer)).toEqual(baseline);
      if (completed) break;
    }
    expect(interrupted).toBeGreaterThan(0);

    // The server's boot path: the corpus changed since the live generation, so it ingests, then serves.
    const rebooted = await ensureIndex({ corpusDir, indexDir, embedder: embedder() });
    expect(rebooted.documents).toHaveLength(FIRST.length + ADDED.length);
    await serveAndAsk(rebooted);
    expect((await readdir(indexDir)).filter((e) => e.startsWith('gen-'))).toHaveLength(1);
  }, 60_000);
});
