import { afterEach, describe, expect, it } from 'vitest';
import { useTestApps } from '../../../test-support/server-app';

const { start } = useTestApps(afterEach);

describe('GET /healthz', () => {
  it('reports the index', async () => {
    const { app } = await start();
    const res = await app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', documents: 2, passages: 10, embedder: 'fake-embedder', builtAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is not rate limited', async () => {
    const { app } = await start({ RATE_LIMIT_MAX: 1 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.inject('/healthz')).statusCode);
    expect(statuses).toEqual([200, 200, 200]);
  });
});
