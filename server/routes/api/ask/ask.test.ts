import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestApps } from '../../../../test-support/server-app';
import { answerSchema, citationSchema } from '../../../protocol';

const { start } = useTestApps(afterEach);

const ask = (app: FastifyInstance, payload: object) => app.inject({ method: 'POST', url: '/api/ask', payload });

describe('POST /api/ask', () => {
  it('returns a schema-valid Answer and keeps the conversation for follow-ups', async () => {
    const { app, rewriter } = await start();
    const first = await ask(app, { question: 'programme budget' });
    expect(first.statusCode).toBe(200);
    const answer = answerSchema.parse(first.json());
    expect(answer.citations[0].passageId).toBe('beta.txt#1');
    const second = answerSchema.parse((await ask(app, { question: 'And in 2008?', conversationId: answer.conversationId })).json());
    expect(second.conversationId).toBe(answer.conversationId);
    expect(second.standaloneQuestion).toBe('And in 2008? (following: programme budget)');
    expect(rewriter.calls).toHaveLength(1);
    expect(app.conversations.size).toBe(1);
  });

  it('returns ranked excerpts in excerpts mode', async () => {
    const { app, composer } = await start();
    const body = (await ask(app, { question: 'migration strategy', mode: 'excerpts', k: 3 })).json();
    expect(Object.keys(body).sort()).toEqual(['conversationId', 'excerpts', 'id', 'standaloneQuestion']);
    expect(body.excerpts.map((c: unknown) => citationSchema.parse(c).n)).toEqual([1, 2, 3]);
    expect(composer.calls).toEqual([]);
  });

  it.each([
    ['invalid JSON', '{"question":', 'BAD_JSON'],
    ['an empty JSON body', '', 'BAD_JSON'],
    ['a missing question', { mode: 'answer' }, 'BAD_REQUEST'],
    ['an empty question', { question: '  ' }, 'EMPTY_QUESTION'],
    ['a question over 2000 characters', { question: 'x'.repeat(2001) }, 'QUESTION_TOO_LONG'],
    ['k out of range', { question: 'budget', k: 500 }, 'BAD_REQUEST'],
    ['an unknown mode', { question: 'budget', mode: 'essay' }, 'BAD_REQUEST'],
    ['a JSON array', [1, 2], 'BAD_REQUEST'],
  ])('rejects %s with 400', async (_label, payload, code) => {
    const { app, index } = await start();
    const res = await app.inject({ method: 'POST', url: '/api/ask', payload: payload as string, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code, message: expect.any(String) });
    expect(index.retrieveCalls).toEqual([]);
  });

  it('names the missing field', async () => {
    const { app } = await start();
    expect((await ask(app, {})).json().message).toBe('question is required');
  });

  it('refuses a non-JSON body with 415 and an oversized body with 413', async () => {
    const { app } = await start();
    const text = await app.inject({ method: 'POST', url: '/api/ask', payload: 'question=hi', headers: { 'content-type': 'text/plain' } });
    expect([text.statusCode, text.json().code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const huge = await ask(app, { question: 'budget', padding: 'x'.repeat(70_000) });
    expect([huge.statusCode, huge.json().code]).toEqual([413, 'BODY_TOO_LARGE']);
  });

  it('hides internal failures behind INTERNAL', async () => {
    const { app, index } = await start();
    index.failWith = new Error('hnsw file at /srv/secret is corrupt');
    const res = await ask(app, { question: 'budget' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'INTERNAL', message: 'Internal server error' });
  });
});
