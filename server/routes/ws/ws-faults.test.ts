/** Websocket faults: every bad input gets an error frame and the connection stays open; oversized frames close with 1009. */
import { afterEach, describe, expect, it } from 'vitest';
import { useTestApps } from '../../../test-support/server-app';
import { askAndCollect, useTestSockets, type TestSocket } from '../../../test-support/server-ws-client';

const { listen } = useTestApps(afterEach);
const connect = useTestSockets(afterEach);

const errorFrame = (socket: TestSocket) => socket.next((f) => f.type === 'error');

describe('websocket faults', () => {
  it.each([
    ['malformed JSON', '{"type":"ask",', null, 'BAD_JSON'],
    ['a non-object frame', '[1,2,3]', null, 'BAD_FRAME'],
    ['an unknown type', { type: 'subscribe', id: 'u1' }, 'u1', 'UNKNOWN_TYPE'],
    ['a missing question', { type: 'ask', id: 'm1' }, 'm1', 'BAD_FRAME'],
    ['a missing id', { type: 'ask', question: 'budget' }, null, 'BAD_FRAME'],
    ['a reset without conversationId', { type: 'reset' }, null, 'BAD_FRAME'],
    ['an empty question', { type: 'ask', id: 'e1', question: ' ' }, 'e1', 'EMPTY_QUESTION'],
    ['a question over 2000 characters', { type: 'ask', id: 'l1', question: 'x'.repeat(2001) }, 'l1', 'QUESTION_TOO_LONG'],
    ['k out of range', { type: 'ask', id: 'k1', question: 'budget', k: 51 }, 'k1', 'BAD_FRAME'],
  ])('answers %s with an error frame and stays open', async (_label, frame, id, code) => {
    const { ws, index } = await listen();
    const socket = await connect(ws);
    socket.send(frame);
    expect(await errorFrame(socket)).toEqual({ type: 'error', id, code, message: expect.any(String) });
    expect(index.retrieveCalls).toEqual([]);
    expect((await askAndCollect(socket, { id: 'ok', question: 'programme budget' })).end.abstained).toBe(false);
  });

  it('answers a binary frame with BINARY_FRAME and stays open', async () => {
    const { ws } = await listen();
    const socket = await connect(ws);
    socket.socket.send(Buffer.from('{"type":"ask","id":"b","question":"budget"}'), { binary: true });
    expect(await errorFrame(socket)).toMatchObject({ id: null, code: 'BINARY_FRAME' });
    socket.send({ type: 'reset', conversationId: 'c' });
    expect((await socket.next()).type).toBe('reset-done');
  });

  it('reports a failing ask as INTERNAL with its id, without details, and stays open', async () => {
    const { ws, index } = await listen();
    const socket = await connect(ws);
    index.failWith = new Error('secret path /srv/index');
    socket.send({ type: 'ask', id: 'boom', question: 'budget' });
    expect(await errorFrame(socket)).toEqual({ type: 'error', id: 'boom', code: 'INTERNAL', message: 'Internal server error' });
    index.failWith = null;
    expect((await askAndCollect(socket, { id: 'again', question: 'programme budget' })).end.id).toBe('again');
  });

  it('closes only the socket that sends a frame over MAX_FRAME_BYTES, with 1009', async () => {
    const { ws, app } = await listen();
    const big = await connect(ws);
    const other = await connect(ws);
    big.send({ type: 'ask', id: 'big', question: 'budget', padding: 'x'.repeat(70_000) });
    expect((await big.closed).code).toBe(1009);
    expect((await askAndCollect(other, { id: 'still', question: 'programme budget' })).end.id).toBe('still');
    await expect.poll(() => app.websocketServer.clients.size).toBe(1);
  });

  it('rate limits frames per connection with RATE_LIMITED and keeps the connection', async () => {
    const { ws, app } = await listen({ WS_BURST: 2, WS_RATE_PER_SECOND: 0.01 });
    const socket = await connect(ws);
    socket.send({ type: 'reset', conversationId: 'a' });
    socket.send({ type: 'reset', conversationId: 'b' });
    socket.send({ type: 'ask', id: 'third', question: 'budget' });
    expect(await errorFrame(socket)).toMatchObject({ id: 'third', code: 'RATE_LIMITED' });
    expect(socket.frames.filter((f) => f.type === 'reset-done')).toHaveLength(2);
    expect(socket.socket.readyState).toBe(socket.socket.OPEN);
    const fresh = await connect(ws); // each connection has its own bucket
    fresh.send({ type: 'reset', conversationId: 'c' });
    expect((await fresh.next()).type).toBe('reset-done');
    expect(app.websocketServer.clients.size).toBe(2);
  });
});
