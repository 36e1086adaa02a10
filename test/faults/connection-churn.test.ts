/**
 * 1,000 websocket connections opened and dropped abruptly, 50 at a time, in five ways: terminated right
 * after the handshake, terminated mid-ask, TCP destroyed mid-answer, terminated while pipelining follow-ups,
 * and aborted during the handshake; plus raw TCP connections that die half-way through the upgrade request.
 * Afterwards nothing may be left behind: no server-side sockets, no open TCP handles or heartbeat timers,
 * no extra listeners, conversations within their bound, a settled heap — and the server still answers.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { answerEssence, buildFaultsIndex, settledHeapMb, startRealApp, STEADY_QUESTIONS, type FaultsIndex, type RealApp } from '../../test-support/faults-app';
import { askAndCollect, TestSocket } from '../../test-support/server-ws-client';

const CONNECTIONS = 1_000;
const AT_ONCE = 50;
const MAX_CONVERSATIONS = 100;

let built: FaultsIndex;
let server: RealApp;

beforeAll(async () => {
  built = await buildFaultsIndex();
  // Every upgrade counts against the per-IP REST limit and all 1,000 come from 127.0.0.1.
  server = await startRealApp(built.index, { RATE_LIMIT_MAX: 1_000_000, MAX_CONVERSATIONS });
});
afterAll(async () => {
  await server?.app.close();
  await built?.cleanup();
});

const opened = (socket: WebSocket) => new Promise<void>((resolve, reject) => (socket.once('open', () => resolve()), socket.once('error', reject)));
const frameOf = (socket: WebSocket, type: string) =>
  new Promise<void>((resolve) => socket.on('message', (data) => JSON.parse(data.toString()).type === type && resolve()));
const gone = (socket: WebSocket) => new Promise<void>((resolve) => (socket.readyState === WebSocket.CLOSED ? resolve() : socket.once('close', () => resolve())));
const tcpOf = (socket: WebSocket) => (socket as unknown as { _socket: net.Socket })._socket;
const ask = (socket: WebSocket, id: string, extra: object = {}) => socket.send(JSON.stringify({ type: 'ask', id, question: STEADY_QUESTIONS[1], ...extra }));

/** One connection dropped abruptly, in the way picked by `i`. */
async function dropOne(url: string, i: number): Promise<void> {
  if (i % 6 === 5) return halfUpgrade(url);
  const socket = new WebSocket(url);
  socket.on('error', () => {}); // aborted handshakes and resets are the point
  switch (i % 6) {
    case 0: // gone right after the handshake
      await opened(socket);
      socket.terminate();
      break;
    case 1: // gone while the server retrieves and composes
      await frameOf(socket, 'ready');
      ask(socket, `a${i}`);
      socket.terminate();
      break;
    case 2: // TCP reset while the answer streams
      await frameOf(socket, 'ready');
      ask(socket, `a${i}`);
      await frameOf(socket, 'answer-start');
      tcpOf(socket).destroy();
      break;
    case 3: // pipelined follow-ups, gone after the first delta
      await frameOf(socket, 'ready');
      ask(socket, `a${i}`, { conversationId: `conv-${i}` });
      ask(socket, `b${i}`, { question: 'And in 2008?', conversationId: `conv-${i}` });
      ask(socket, `c${i}`, { question: 'What about the year after?', conversationId: `conv-${i}` });
      await frameOf(socket, 'answer-delta');
      socket.terminate();
      break;
    case 4: // aborted during the opening handshake
      setImmediate(() => socket.terminate());
      break;
  }
  await gone(socket);
}

/** A raw TCP client that sends half an upgrade request and disappears. */
function halfUpgrade(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) }, () => {
      socket.write(`GET /ws HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upg`);
      setImmediate(() => socket.destroy());
    });
    socket.on('error', () => {});
    socket.once('close', () => resolve());
  });
}

const count = (items: string[], name: string) => items.filter((x) => x === name).length;
const processListeners = () =>
  Object.fromEntries(['uncaughtException', 'unhandledRejection', 'warning', 'exit', 'SIGINT', 'SIGTERM'].map((e) => [e, process.listenerCount(e)]));
const serverListeners = () => Object.fromEntries(['connection', 'request', 'upgrade', 'clientError', 'close'].map((e) => [e, server.app.server.listenerCount(e)]));

describe('connection churn', () => {
  it('leaves nothing behind after 1,000 abruptly dropped connections and still answers', async () => {
    const first = await TestSocket.open(server.ws);
    const baseline = answerEssence((await askAndCollect(first, { id: 'base', question: STEADY_QUESTIONS[0] })).end);
    await first.close();
    await expect.poll(() => server.app.websocketServer.clients.size).toBe(0);

    const resourcesBefore = process.getActiveResourcesInfo();
    const listenersBefore = { process: processListeners(), server: serverListeners() };
    const heapBefore = settledHeapMb();
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    let peakClients = 0;
    const sampler = setInterval(() => (peakClients = Math.max(peakClients, server.app.websocketServer.clients.size)), 5);

    try {
      for (let start = 0; start < CONNECTIONS; start += AT_ONCE) {
        await Promise.all(Array.from({ length: AT_ONCE }, (_, j) => dropOne(server.ws, start + j)));
      }
      await expect.poll(() => server.app.websocketServer.clients.size, { timeout: 10_000 }).toBe(0);
      // Sessions still answering asks of dropped sockets finish on their own; give them a moment.
      await expect
        .poll(() => count(process.getActiveResourcesInfo(), 'TCPSocketWrap'), { timeout: 10_000 })
        .toBe(count(resourcesBefore, 'TCPSocketWrap'));
    } finally {
      clearInterval(sampler);
      process.off('warning', onWarning);
    }

    expect(peakClients).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
    expect({ process: processListeners(), server: serverListeners() }).toEqual(listenersBefore);
    // Heartbeat intervals of closed sessions are cleared: no timers pile up.
    expect(count(process.getActiveResourcesInfo(), 'Timeout')).toBeLessThanOrEqual(count(resourcesBefore, 'Timeout') + 2);
    expect(server.app.conversations.size).toBeGreaterThan(0);
    expect(server.app.conversations.size).toBeLessThanOrEqual(MAX_CONVERSATIONS);
    expect(settledHeapMb() - heapBefore).toBeLessThan(24);

    const after = await TestSocket.open(server.ws);
    expect(answerEssence((await askAndCollect(after, { id: 'after', question: STEADY_QUESTIONS[0] })).end)).toEqual(baseline);
    expect((await server.app.inject('/healthz')).json().status).toBe('ok');
    await after.close();
  }, 60_000);
});
