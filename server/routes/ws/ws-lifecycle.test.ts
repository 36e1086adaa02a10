/** Websocket connection lifecycle: origin check on upgrade, no leaks, shutdown. */
import { afterEach, describe, expect, it } from 'vitest';
import { useTestApps } from '../../../test-support/server-app';
import { askAndCollect, refusedUpgrade, useTestSockets } from '../../../test-support/server-ws-client';

const { listen } = useTestApps(afterEach);
const connect = useTestSockets(afterEach);

describe('websocket origin check', () => {
  it('refuses an upgrade from a foreign origin with 403 ORIGIN_NOT_ALLOWED', async () => {
    const { ws, app } = await listen({ ALLOWED_ORIGINS: ['https://intranet.example'] });
    const refused = await refusedUpgrade(ws, { origin: 'https://evil.example' });
    expect(refused).toEqual({ status: 403, body: { code: 'ORIGIN_NOT_ALLOWED', message: expect.any(String) } });
    expect(app.websocketServer.clients.size).toBe(0);
  });

  it('accepts listed, same-origin and origin-less clients', async () => {
    const { ws } = await listen({ ALLOWED_ORIGINS: ['https://intranet.example'] });
    const sockets = [
      await connect(ws, { headers: { origin: 'https://intranet.example' } }),
      await connect(ws, { headers: { origin: `http://${new URL(ws).host}` } }),
      await connect(ws),
    ];
    expect(sockets.map((s) => s.frames[0].type)).toEqual(['ready', 'ready', 'ready']);
  });

  it('counts upgrades against the REST rate limit', async () => {
    const { ws } = await listen({ RATE_LIMIT_MAX: 1 });
    await connect(ws);
    expect(await refusedUpgrade(ws, {})).toMatchObject({ status: 429, body: { code: 'RATE_LIMITED' } });
  });
});

describe('websocket lifecycle', () => {
  it('leaves no sockets or listeners behind, and conversations stay bounded', async () => {
    const { ws, app } = await listen({ MAX_CONVERSATIONS: 3 });
    for (let i = 0; i < 6; i++) {
      const socket = await connect(ws);
      await askAndCollect(socket, { id: `q${i}`, question: 'programme budget' });
      const [serverSide] = app.websocketServer.clients;
      await socket.close();
      await expect.poll(() => app.websocketServer.clients.size).toBe(0);
      expect(serverSide.listenerCount('message')).toBe(0);
      expect(serverSide.listenerCount('pong')).toBe(0);
    }
    expect(app.conversations.size).toBe(3);
  });

  it('closes open websockets with 1001 on shutdown', async () => {
    const { ws, app } = await listen();
    const socket = await connect(ws);
    await app.close();
    expect(await socket.closed).toEqual({ code: 1001, reason: 'server shutting down' });
  });
});
