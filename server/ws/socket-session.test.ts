/** The session on its own (no Fastify): heartbeat and cleanup, with timings too slow to drive through the app. */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { FakeComposer, FakeCorpusIndex, FakeRewriter, silentLogger } from '../../test-support/server-fakes';
import { createAnswerService } from '../ask/answer-service';
import { createConversationStore } from '../ask/conversation-store';
import { runSocketSession } from './socket-session';
import { createTokenBucket } from './token-bucket';

let server: WebSocketServer | null = null;
afterEach(async () => {
  for (const client of server?.clients ?? []) client.terminate();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

async function serve(heartbeatMs: number) {
  const service = createAnswerService({
    index: new FakeCorpusIndex(),
    composer: new FakeComposer(),
    rewriter: new FakeRewriter(),
    conversations: createConversationStore({ ttlMs: 60_000, maxConversations: 5 }),
  });
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server!.once('listening', resolve));
  server.on('connection', (socket) =>
    runSocketSession(socket, {
      service,
      ready: { type: 'ready', protocol: 1, documents: 2, passages: 10, embedder: 'fake' },
      bucket: createTokenBucket({ ratePerSecond: 10, burst: 10 }),
      log: silentLogger,
      heartbeatMs,
    }),
  );
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('socket session heartbeat', () => {
  it('drops a peer that stops answering pings', async () => {
    const url = await serve(100);
    const silent = new WebSocket(url, { autoPong: false });
    const code = await new Promise<number>((resolve) => silent.once('close', resolve));
    expect(code).toBe(1006); // terminated without a close handshake
    await expect.poll(() => server!.clients.size).toBe(0);
  });

  it('keeps a responsive peer', async () => {
    const url = await serve(100);
    const client = new WebSocket(url);
    await new Promise((resolve) => client.once('open', resolve));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(client.readyState).toBe(WebSocket.OPEN);
    client.close();
  });
});
