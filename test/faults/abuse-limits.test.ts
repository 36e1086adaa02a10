/**
 * Refusals under stress, all at once against one real server: foreign-origin websocket upgrades and API
 * calls (403, then 429 once that client is over its rate), a REST flooder (429 with Retry-After), a websocket
 * client flooding frames (RATE_LIMITED error frames, connection kept), and oversized bodies, declared and
 * chunked (413). Each simulated client has its own loopback address, so limits are per client as in
 * production. Meanwhile a well-behaved websocket client and a well-behaved REST client get the same
 * grounded answers as before, and are never refused.
 * server/*.test.ts check each refusal once through inject(); this file checks them together over real TCP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { answerSchema } from '../../server/protocol';
import { answerEssence, buildFaultsIndex, isGrounded, startRealApp, STEADY_QUESTIONS, type FaultsIndex, type RealApp } from '../../test-support/faults-app';
import { httpRequest, type HttpResult } from '../../test-support/faults-http';
import { askAndCollect, TestSocket } from '../../test-support/server-ws-client';
import type { CorpusIndex } from '../../vectors/corpus-index';

const RATE_LIMIT_MAX = 40;
const WS_BURST = 5;
const ALLOWED = 'https://intranet.example';
const EVIL = 'https://evil.example';

/** The real index, counting retrievals: refused requests must never reach retrieval. */
function countingIndex(index: CorpusIndex) {
  const counter = { retrievals: 0 };
  const wrapped: CorpusIndex = Object.create(index, {
    retrieve: { value: (...args: Parameters<CorpusIndex['retrieve']>) => (counter.retrievals++, index.retrieve(...args)) },
  });
  return { wrapped, counter };
}

let built: FaultsIndex;
let server: RealApp;
let counter: { retrievals: number };

beforeAll(async () => {
  built = await buildFaultsIndex();
  const counting = countingIndex(built.index);
  counter = counting.counter;
  server = await startRealApp(counting.wrapped, {
    ALLOWED_ORIGINS: [ALLOWED],
    RATE_LIMIT_MAX,
    RATE_LIMIT_WINDOW_MS: 60_000,
    WS_BURST,
    WS_RATE_PER_SECOND: 4,
  });
});
afterAll(async () => {
  await server?.app.close();
  await built?.cleanup();
});

/** Tries a websocket upgrade from `from`; resolves with the refusal's status and body, or 101 if accepted. */
function upgrade(from: string, origin: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(server.ws, { headers: { origin }, localAddress: from });
    socket.once('open', () => (socket.terminate(), resolve({ status: 101, body: null })));
    socket.once('error', () => {});
    socket.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(body) }));
    });
  });
}

const statuses = (results: { status: number }[]) => results.reduce<Record<number, number>>((acc, r) => ((acc[r.status] = (acc[r.status] ?? 0) + 1), acc), {});
const codes = (results: HttpResult[] | { body: unknown }[]) => new Set(results.map((r) => (r.body as { code?: string } | null)?.code));

describe.skipIf(process.platform !== 'linux')('limits under combined abuse', () => {
  it('refuses each abuser with the right status or close code while well-behaved clients are served', async () => {
    const askUrl = `${server.http}/api/ask`;
    const json = { 'content-type': 'application/json' };
    const ask = (from: string, headers: Record<string, string> = {}) =>
      httpRequest({ url: askUrl, method: 'POST', from, headers: { ...json, ...headers }, body: JSON.stringify({ question: STEADY_QUESTIONS[2] }) });

    // Baselines, before any abuse, from the clients that will behave.
    const good = await TestSocket.open(server.ws, { headers: { origin: ALLOWED }, localAddress: '127.0.0.1' });
    const wsBaseline = [];
    for (const [i, question] of STEADY_QUESTIONS.entries()) wsBaseline.push(answerEssence((await askAndCollect(good, { id: `base-${i}`, question })).end));
    const restBaseline = answerEssence(answerSchema.parse((await ask('127.0.0.3', { origin: ALLOWED })).body));
    await new Promise((resolve) => setTimeout(resolve, (WS_BURST / 4) * 1000)); // let the good client's bucket refill
    const retrievalsBefore = counter.retrievals;

    let stressing = true;
    const wellBehavedWs = (async () => {
      const problems: string[] = [];
      let answers = 0;
      for (let i = 0; stressing; i++) {
        const q = i % STEADY_QUESTIONS.length;
        const { end } = await askAndCollect(good, { id: `good-${i}`, question: STEADY_QUESTIONS[q] }).catch((e: Error) => ({ end: null, error: e }) as never);
        if (!end) problems.push(`ask ${i} refused`);
        else if (JSON.stringify(answerEssence(end)) !== JSON.stringify(wsBaseline[q]) || !isGrounded(built.index, end)) problems.push(`ask ${i} changed`);
        else answers++;
        await new Promise((resolve) => setTimeout(resolve, 300)); // 3.3 frames/s, under the 4/s bucket
      }
      return { answers, problems };
    })();
    const wellBehavedRest = (async () => {
      const results: HttpResult[] = [];
      for (let i = 0; i < 8; i++) {
        results.push(await ask('127.0.0.3', { origin: ALLOWED }));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return results;
    })();

    const flood = 100;
    const [evilUpgrades, evilRest, restFlood, wsFlood, declaredBig, chunkedBig] = await Promise.all([
      Promise.all(Array.from({ length: flood }, () => upgrade('127.0.0.4', EVIL))),
      Promise.all(Array.from({ length: flood }, () => ask('127.0.0.5', { origin: EVIL }))),
      Promise.all(Array.from({ length: flood }, () => httpRequest({ url: `${server.http}/api/search?q=migration`, from: '127.0.0.6' }))),
      (async () => {
        const spammer = await TestSocket.open(server.ws, { headers: { origin: ALLOWED }, localAddress: '127.0.0.7' });
        for (let i = 0; i < 300; i++) spammer.send({ type: 'ask', id: `spam-${i}`, question: STEADY_QUESTIONS[i % 3] });
        // Every spam frame is settled once the answers and refusals add up to 300.
        const settled = () => spammer.frames.filter((f) => (f.type === 'answer-end' || f.type === 'error') && f.id?.startsWith('spam-')).length;
        await expect.poll(settled, { timeout: 15_000 }).toBe(300);
        const open = spammer.socket.readyState === WebSocket.OPEN;
        await new Promise((resolve) => setTimeout(resolve, 600)); // refilled: it may ask again
        const again = await askAndCollect(spammer, { id: 'spam-again', question: STEADY_QUESTIONS[0] });
        await spammer.close();
        return { frames: spammer.frames, invalid: spammer.invalid, open, again: again.end };
      })(),
      Promise.all(
        Array.from({ length: 20 }, () =>
          httpRequest({ url: askUrl, method: 'POST', from: '127.0.0.9', headers: json, body: JSON.stringify({ question: 'q', pad: 'x'.repeat(1024 * 1024) }) }),
        ),
      ),
      Promise.all(
        Array.from({ length: 10 }, () =>
          httpRequest({ url: askUrl, method: 'POST', from: '127.0.0.10', headers: json, body: ['{"question":"q","pad":"', ...Array.from({ length: 20 }, () => 'y'.repeat(10_000)), '"}'] }),
        ),
      ),
    ]);
    stressing = false;
    const ws = await wellBehavedWs;
    const rest = await wellBehavedRest;

    // Foreign origins: refused before any handshake or retrieval; 403 until that client is over its rate, then 429.
    expect(statuses(evilUpgrades)).toEqual({ 403: RATE_LIMIT_MAX, 429: flood - RATE_LIMIT_MAX });
    expect(codes(evilUpgrades)).toEqual(new Set(['ORIGIN_NOT_ALLOWED', 'RATE_LIMITED']));
    expect(statuses(evilRest)).toEqual({ 403: RATE_LIMIT_MAX, 429: flood - RATE_LIMIT_MAX });
    // The REST flooder gets exactly its budget, then 429 RATE_LIMITED with Retry-After.
    expect(statuses(restFlood)).toEqual({ 200: RATE_LIMIT_MAX, 429: flood - RATE_LIMIT_MAX });
    const limited = restFlood.filter((r) => r.status === 429);
    expect(codes(limited)).toEqual(new Set(['RATE_LIMITED']));
    expect(limited.every((r) => Number(r.headers['retry-after']) > 0)).toBe(true);
    // The websocket flooder: its burst answered (a token may refill while 300 frames arrive), every other
    // frame refused with its own id, the connection kept.
    const spam = (type: string) => wsFlood.frames.filter((f) => f.type === type && 'id' in f && f.id?.startsWith('spam-') && f.id !== 'spam-again');
    const accepted = spam('answer-end').length;
    expect(accepted).toBeGreaterThanOrEqual(WS_BURST);
    expect(accepted).toBeLessThanOrEqual(WS_BURST + 2);
    const errors = spam('error');
    expect(errors).toHaveLength(300 - accepted);
    expect(new Set(errors.map((e) => (e as { code: string }).code))).toEqual(new Set(['RATE_LIMITED']));
    expect(new Set(errors.map((e) => (e as { id: string }).id)).size).toBe(300 - accepted);
    expect(wsFlood.open).toBe(true);
    expect(wsFlood.invalid).toEqual([]);
    expect(wsFlood.again.abstained).toBe(false);
    // Oversized bodies, declared or streamed: 413 BODY_TOO_LARGE.
    expect(statuses([...declaredBig, ...chunkedBig])).toEqual({ 413: 30 });
    expect(codes([...declaredBig, ...chunkedBig])).toEqual(new Set(['BODY_TOO_LARGE']));

    // Only accepted requests reached retrieval: the good clients' asks, the REST flooder's budget of searches,
    // the websocket flooder's burst and its second try. No refused request did.
    expect(counter.retrievals - retrievalsBefore).toBe(ws.answers + rest.length + RATE_LIMIT_MAX + accepted + 1);
    // The well-behaved clients were never refused and got the same grounded answers throughout.
    expect(ws.problems).toEqual([]);
    expect(ws.answers).toBeGreaterThan(1);
    expect(rest.map((r) => r.status)).toEqual(rest.map(() => 200));
    expect(rest.map((r) => JSON.stringify(answerEssence(answerSchema.parse(r.body))))).toEqual(rest.map(() => JSON.stringify(restBaseline)));
    expect(good.invalid).toEqual([]);
    await good.close();
    await expect.poll(() => server.app.websocketServer.clients.size).toBe(0);
  }, 60_000);
});
