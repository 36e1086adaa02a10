/**
 * End to end over the bundled corpus: the real ingest pipeline (with the fast offline hashing
 * embedder), the real extractive composer and follow-up rewriter, REST and websocket together.
 * Skipped until the ingest pipeline, composer and rewriter modules are all present.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASHING_RAW_SCORES, HashingEmbedder } from '../test-support/hashing-embedder';
import { testConfig, listenForTest } from '../test-support/server-app';
import { TestSocket } from '../test-support/server-ws-client';
import type { CorpusIndex } from '../vectors/corpus-index';
import { answerSchema, type Answer, type Citation } from './protocol';

const root = path.resolve(import.meta.dirname, '..');
const ready = ['ingest/pipeline.ts', 'server/answer/index.ts', 'server/follow-up/index.ts'].every((f) => existsSync(path.join(root, f)));

describe.skipIf(!ready)('server over the real corpus', () => {
  let app: FastifyInstance;
  let index: CorpusIndex;
  let wsUrl: string;
  let indexDir: string;

  beforeAll(async () => {
    // Dynamic imports: the modules may not exist yet when this file is skipped.
    const { ensureIndex } = await import('../ingest/pipeline');
    const { createExtractiveComposer } = await import('./answer');
    const { createFollowUpRewriter } = await import('./follow-up');
    const { buildApp } = await import('./app');
    indexDir = mkdtempSync(path.join(tmpdir(), 'server-integration-'));
    index = await ensureIndex({ corpusDir: path.join(root, 'data/reports'), indexDir, embedder: new HashingEmbedder(256), open: HASHING_RAW_SCORES });
    app = await buildApp({ config: testConfig(), index, composer: createExtractiveComposer(), rewriter: createFollowUpRewriter(), logger: false, staticRoot: null });
    wsUrl = (await listenForTest(app)).ws;
  });

  afterAll(async () => {
    await app?.close();
    if (indexDir) rmSync(indexDir, { recursive: true, force: true });
  });

  /** Every citation quotes its source verbatim at its offsets. */
  function expectGrounded(citations: Citation[]) {
    for (const c of citations) expect(index.sourceText(c.source).slice(c.start, c.end), c.ref).toBe(c.quote);
  }

  it('reports the corpus on /healthz', async () => {
    const health = (await app.inject('/healthz')).json();
    expect(health).toMatchObject({ status: 'ok', documents: 5, embedder: 'hashing-256' });
    expect(health.passages).toBe(index.passages.length);
  });

  it('answers over REST with grounded, marked sentences', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/ask', payload: { question: 'When was the IOM Strategy approved by the Council?' } });
    expect(res.statusCode).toBe(200);
    const answer = answerSchema.parse(res.json());
    if (!answer.abstained) {
      expect(answer.citations.length).toBeGreaterThan(0);
      const markers = [...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      expect(new Set(markers)).toEqual(new Set(answer.citations.map((c) => c.n)));
    }
    expectGrounded(answer.citations);
    expectGrounded(answer.related ?? []);
  });

  it('searches and shows a passage in context', async () => {
    const { results } = (await app.inject('/api/search?q=labour%20migration&k=3')).json() as { results: Citation[] };
    expect(results).toHaveLength(3);
    expectGrounded(results);
    const context = (await app.inject(`/api/passages/${encodeURIComponent(results[0].passageId)}`)).json();
    expect(context.neighbours.map((p: { id: string }) => p.id)).toContain(results[0].passageId);
    expect(context.document.source).toBe(results[0].source);
  });

  it('streams an answer and a follow-up over the websocket', async () => {
    const socket = await TestSocket.open(wsUrl);
    try {
      socket.send({ type: 'ask', id: 'one', question: 'What does IOM do on labour migration?' });
      const first = (await socket.next((f) => f.type === 'answer-end')) as Answer & { type: 'answer-end' };
      socket.send({ type: 'ask', id: 'two', question: 'And in 2008?', conversationId: first.conversationId });
      const second = (await socket.next((f) => f.type === 'answer-end')) as Answer & { type: 'answer-end' };
      expect(second.conversationId).toBe(first.conversationId);
      expect(second.standaloneQuestion).not.toBe('And in 2008?');
      expectGrounded(second.citations);
      const deltas = socket.frames.filter((f) => f.type === 'answer-delta' && f.id === 'two').map((f) => (f as { text: string }).text);
      expect(deltas.join('')).toBe(second.answer);
      expect(socket.invalid).toEqual([]);
    } finally {
      await socket.close();
    }
  });
});
