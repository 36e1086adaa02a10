/** Websocket protocol v1, happy paths: ready, streamed answers, excerpts, follow-ups, reset. */
import { afterEach, describe, expect, it } from 'vitest';
import { useTestApps } from '../../../test-support/server-app';
import { askAndCollect, useTestSockets } from '../../../test-support/server-ws-client';
import type { ServerFrame } from '../../protocol';

const { listen } = useTestApps(afterEach);
const connect = useTestSockets(afterEach);

describe('websocket /ws', () => {
  it('sends ready on connect', async () => {
    const { ws } = await listen();
    const socket = await connect(ws);
    expect(socket.frames[0]).toEqual({ type: 'ready', protocol: 1, documents: 2, passages: 10, embedder: 'fake-embedder' });
  });

  it('streams an answer: answer-start, deltas that join to the answer, answer-end', async () => {
    const { ws, composer } = await listen();
    const socket = await connect(ws);
    const { start, deltas, end } = await askAndCollect(socket, { id: 'a1', question: 'What happened to labour migration programmes in Asia in 2007?' });
    expect(start.conversationId).toBe(end.conversationId);
    expect(start.standaloneQuestion).toBe(end.standaloneQuestion);
    expect(start.standaloneQuestion).toBe('What happened to labour migration programmes in Asia in 2007?');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(end.answer);
    expect(end).toMatchObject({ id: 'a1', abstained: false, citations: [expect.objectContaining({ passageId: 'alpha.txt#3', n: 1 })] });
    expect(composer.calls).toHaveLength(1);
    expect(socket.frames.map((f) => f.type)).toEqual(['ready', 'answer-start', ...deltas.map(() => 'answer-delta'), 'answer-end']);
  });

  it('answers excerpts mode with ranked citations', async () => {
    const { ws } = await listen();
    const socket = await connect(ws);
    socket.send({ type: 'ask', id: 'x1', question: 'migration strategy', mode: 'excerpts', k: 2 });
    const frame = (await socket.next((f) => f.type === 'excerpts')) as Extract<ServerFrame, { type: 'excerpts' }>;
    expect(frame.id).toBe('x1');
    expect(frame.standaloneQuestion).toBe('migration strategy');
    expect(frame.excerpts.map((e) => e.n)).toEqual([1, 2]);
  });

  it('keeps the conversation across follow-ups and forgets it on reset', async () => {
    const { ws, rewriter } = await listen();
    const socket = await connect(ws);
    const first = (await askAndCollect(socket, { id: 'f1', question: 'programme budget' })).end;
    const { start: secondStart, end: second } = await askAndCollect(socket, { id: 'f2', question: 'And in 2008?', conversationId: first.conversationId });
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.standaloneQuestion).toBe('And in 2008? (following: programme budget)');
    // How the follow-up was read arrives before the answer streams.
    expect(secondStart.standaloneQuestion).toBe(second.standaloneQuestion);
    expect(rewriter.calls).toEqual([{ historyLength: 1, question: 'And in 2008?' }]);

    socket.send({ type: 'reset', conversationId: first.conversationId });
    expect(await socket.next((f) => f.type === 'reset-done')).toEqual({ type: 'reset-done', conversationId: first.conversationId });
    const third = (await askAndCollect(socket, { id: 'f3', question: 'And in 2008?', conversationId: first.conversationId })).end;
    expect(third.conversationId).not.toBe(first.conversationId);
    expect(third.standaloneQuestion).toBe('And in 2008?');
  });

  it('handles the asks of one connection in order', async () => {
    const { ws } = await listen();
    const socket = await connect(ws);
    for (const id of ['o1', 'o2', 'o3']) socket.send({ type: 'ask', id, question: 'programme budget' });
    await socket.next((f) => f.type === 'answer-end' && f.id === 'o3');
    const order = socket.frames.filter((f) => f.type === 'answer-start' || f.type === 'answer-end').map((f) => `${f.type}:${(f as { id: string }).id}`);
    expect(order).toEqual(['answer-start:o1', 'answer-end:o1', 'answer-start:o2', 'answer-end:o2', 'answer-start:o3', 'answer-end:o3']);
  });

  it('interleaves two clients without mixing their streams', async () => {
    const { ws } = await listen();
    const [a, b] = [await connect(ws), await connect(ws)];
    const [ra, rb] = await Promise.all([
      askAndCollect(a, { id: 'same-id', question: 'programme budget' }),
      askAndCollect(b, { id: 'same-id', question: 'labour migration Asia' }),
    ]);
    expect(ra.deltas.join('')).toBe(ra.end.answer);
    expect(rb.deltas.join('')).toBe(rb.end.answer);
    expect(ra.end.citations[0].source).toBe('beta.txt');
    expect(rb.end.citations[0].source).toBe('alpha.txt');
  });
});
