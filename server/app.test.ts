/** App-wide behaviour: routing, origins, CORS, rate limits, static files. Route groups test themselves. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestApps } from '../test-support/server-app';

const { start } = useTestApps(afterEach);

describe('routing, origins and limits', () => {
  it('answers unknown routes with 404 NOT_FOUND', async () => {
    const { app } = await start();
    const res = await app.inject('/api/nothing?x=1');
    expect([res.statusCode, res.json()]).toEqual([404, { code: 'NOT_FOUND', message: 'No route for GET /api/nothing' }]);
  });

  it('gives CORS headers to allowed origins only', async () => {
    const { app } = await start({ ALLOWED_ORIGINS: ['https://intranet.example'] });
    const preflight = (origin: string) =>
      app.inject({ method: 'OPTIONS', url: '/api/ask', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowedPreflight = await preflight('https://intranet.example');
    expect(allowedPreflight.headers['access-control-allow-origin']).toBe('https://intranet.example');
    expect(allowedPreflight.headers['access-control-allow-methods']).toBe('GET, POST');
    expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    const allowed = await app.inject({ url: '/api/documents', headers: { origin: 'https://intranet.example' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://intranet.example');
  });

  it('refuses API calls from other origins with 403, and allows same-origin and origin-less calls', async () => {
    const { app, index } = await start({ ALLOWED_ORIGINS: ['https://intranet.example'] });
    const ask = (headers: Record<string, string>) => app.inject({ method: 'POST', url: '/api/ask', payload: { question: 'budget' }, headers });
    const evil = await ask({ origin: 'https://evil.example' });
    expect([evil.statusCode, evil.json().code]).toEqual([403, 'ORIGIN_NOT_ALLOWED']);
    expect(index.retrieveCalls).toEqual([]);
    expect((await ask({ origin: 'http://reports.local:8080', host: 'reports.local:8080' })).statusCode).toBe(200);
    expect((await ask({})).statusCode).toBe(200);
  });

  it('rate limits the API per client with 429 RATE_LIMITED, counting 404s', async () => {
    const { app } = await start({ RATE_LIMIT_MAX: 3, RATE_LIMIT_WINDOW_MS: 60_000 });
    expect((await app.inject('/api/documents')).statusCode).toBe(200);
    expect((await app.inject('/api/nope')).statusCode).toBe(404);
    expect((await app.inject('/api/documents')).statusCode).toBe(200);
    const limited = await app.inject('/api/documents');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/retry in/) });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.inject({ url: '/api/documents', remoteAddress: '10.0.0.2' })).statusCode).toBe(200);
  });
});

describe('static web client', () => {
  it('serves web/dist at / while API routes keep working', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'server-static-'));
    try {
      writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Reports</title>');
      writeFileSync(path.join(root, 'widget.js'), 'console.log("widget")');
      const { app } = await start({}, { staticRoot: root });
      const page = await app.inject('/');
      expect([page.statusCode, page.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
      expect(page.body).toContain('<title>Reports</title>');
      expect((await app.inject('/widget.js')).body).toContain('widget');
      expect((await app.inject('/api/documents')).json().documents).toHaveLength(2);
      expect((await app.inject('/missing.js')).json().code).toBe('NOT_FOUND');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('starts without a built client', async () => {
    const { app } = await start({}, { staticRoot: path.join(tmpdir(), 'does-not-exist-web-dist') });
    expect((await app.inject('/')).statusCode).toBe(404);
  });
});
