/**
 * 10,000 random and malformed websocket frames from a few sockets at once, plus protocol-level garbage
 * from raw TCP clients, against the real app. Every frame gets a schema-valid error frame carrying its id
 * (or null when it has none), a valid ask hidden in the junk gets its answer, and frames the transport must
 * refuse close only their own socket with the right code. A well-behaved client asks throughout and must get
 * the same grounded answers as before the storm; the heap must come back to where it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFaultsIndex, answerEssence, isGrounded, settledHeapMb, startRealApp, STEADY_QUESTIONS, type FaultsIndex, type RealApp } from '../../test-support/faults-app';
import { createFrameGenerator } from '../../test-support/faults-frames';
import { rawWebsocket, type RawFrame } from '../../test-support/faults-raw-ws';
import { emptyStats, FuzzSocket } from '../../test-support/faults-ws-client';
import { askAndCollect, TestSocket } from '../../test-support/server-ws-client';

const TOTAL_FRAMES = 10_000;
const FUZZ_SOCKETS = 4;
const IN_FLIGHT = 200;
const MAX_CONVERSATIONS = 50;
const MAX_FRAME_BYTES = 65_536;

let built: FaultsIndex;
let server: RealApp;

beforeAll(async () => {
  built = await buildFaultsIndex();
  // Rate limits opened up so every junk frame reaches the parser and every reconnect is accepted
  // (the limits themselves are stressed in abuse-limits.test.ts).
  server = await startRealApp(built.index, { WS_RATE_PER_SECOND: 100_000, WS_BURST: 100_000, RATE_LIMIT_MAX: 1_000_000, MAX_CONVERSATIONS, MAX_FRAME_BYTES });
});
afterAll(async () => {
  await server?.app.close();
  await built?.cleanup();
});

/** A client that asks the steady questions in a loop until stopped, checking each answer against the baseline. */
async function steadyClient() {
  const socket = await TestSocket.open(server.ws);
  const baseline = [];
  for (const [i, question] of STEADY_QUESTIONS.entries()) baseline.push(answerEssence((await askAndCollect(socket, { id: `base-${i}`, question })).end));
  expect(baseline.some((b) => !b.abstained)).toBe(true);
  let running = true;
  const problems: string[] = [];
  let answers = 0;
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const q = i % STEADY_QUESTIONS.length;
      const { end } = await askAndCollect(socket, { id: `steady-${i}`, question: STEADY_QUESTIONS[q] });
      if (JSON.stringify(answerEssence(end)) !== JSON.stringify(baseline[q])) problems.push(`answer ${i} changed: ${end.answer.slice(0, 80)}`);
      if (!isGrounded(built.index, end)) problems.push(`answer ${i} is not grounded`);
      answers++;
    }
  })();
  return {
    socket,
    async stop() {
      running = false;
      await loop;
      return { answers, problems, invalid: socket.invalid };
    },
  };
}

describe('websocket frame fuzzing', () => {
  it('answers 10,000 random and malformed frames one by one and keeps serving everyone', async () => {
    const steady = await steadyClient();
    const heapBefore = settledHeapMb();
    const stats = emptyStats();
    let closeFrames = 0;

    await Promise.all(
      Array.from({ length: FUZZ_SOCKETS }, async (_, s) => {
        const frames = createFrameGenerator({ seed: 1_000 + s, maxFrameBytes: MAX_FRAME_BYTES, closeEvery: 250 });
        let socket = await FuzzSocket.open(server.ws, stats);
        while (frames.produced < TOTAL_FRAMES / FUZZ_SOCKETS) {
          const frame = frames.next();
          if (frame.expect.outcome !== 'close') {
            await socket.send(frame);
            if (socket.outstanding >= IN_FLIGHT) await socket.settled();
            continue;
          }
          // A frame the transport refuses ends this socket: settle what it sent before, then reconnect.
          await socket.settled();
          closeFrames++;
          await socket.send(frame);
          const { code } = await socket.closed;
          stats.closes[code] = (stats.closes[code] ?? 0) + 1;
          if (code !== frame.expect.code) stats.unexpected.push(`${frame.label}: closed with ${code}, expected ${frame.expect.code}`);
          socket = await FuzzSocket.open(server.ws, stats);
        }
        await socket.settled();
        socket.socket.close(1000);
        await socket.closed;
      }),
    );
    const { answers, problems, invalid } = await steady.stop();

    expect(stats.sent).toBe(TOTAL_FRAMES);
    expect(stats.unexpected).toEqual([]);
    expect(stats.invalid).toEqual([]);
    expect(stats.errorsByCode.INTERNAL).toBeUndefined();
    // Each kind of refusal and acceptance happened, so the run exercised what it claims to.
    for (const code of ['BAD_JSON', 'BAD_FRAME', 'UNKNOWN_TYPE', 'BINARY_FRAME', 'EMPTY_QUESTION', 'QUESTION_TOO_LONG']) expect(stats.errorsByCode[code]).toBeGreaterThan(0);
    expect(stats.answers).toBeGreaterThan(100);
    expect(stats.resets).toBeGreaterThan(10);
    expect(closeFrames).toBeGreaterThan(10);
    expect(Object.values(stats.closes).reduce((a, b) => a + b, 0)).toBe(closeFrames);
    expect(stats.closes[1009]).toBeGreaterThan(0);
    expect(stats.closes[1007]).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // The well-behaved client was answered all along, identically and grounded.
    expect(problems).toEqual([]);
    expect(invalid).toEqual([]);
    expect(answers).toBeGreaterThan(5);

    // Nothing accumulates: only the steady socket is left, conversations stay within their bound, the heap settles.
    await expect.poll(() => server.app.websocketServer.clients.size).toBe(1);
    expect(server.app.conversations.size).toBeLessThanOrEqual(MAX_CONVERSATIONS);
    const growthMb = settledHeapMb() - heapBefore;
    expect(growthMb).toBeLessThan(24);
    await steady.socket.close();
    await expect.poll(() => server.app.websocketServer.clients.size).toBe(0);
  }, 60_000);

  const text = (s: string) => Buffer.from(s);
  it.each<[string, number, RawFrame[]]>([
    ['an unmasked client frame', 1002, [{ opcode: 0x1, payload: text('{"type":"reset","conversationId":"c"}'), mask: false }]],
    ['a reserved data opcode', 1002, [{ opcode: 0x3, payload: text('x') }]],
    ['a reserved control opcode', 1002, [{ opcode: 0xb }]],
    ['RSV1 set without a negotiated extension', 1002, [{ opcode: 0x1, payload: text('{}'), rsv: 0b100 }]],
    ['invalid UTF-8 in a text frame', 1007, [{ opcode: 0x1, payload: Buffer.from([0xc3, 0x28, 0xa0, 0xa1]) }]],
    ['a ping over 125 bytes', 1002, [{ opcode: 0x9, payload: Buffer.alloc(126, 1) }]],
    ['a fragmented ping', 1002, [{ opcode: 0x9, payload: text('p'), fin: false }]],
    ['a continuation without a start', 1002, [{ opcode: 0x0, payload: text('{}') }]],
    ['a new message inside a fragmented one', 1002, [{ opcode: 0x1, payload: text('{"ty'), fin: false }, { opcode: 0x1, payload: text('{}') }]],
    ['a close frame with an invalid code', 1002, [{ opcode: 0x8, payload: Buffer.from([0x03, 0xe7]) }]],
    ['a declared length over the frame limit', 1009, [{ opcode: 0x1, declaredLength: 70_000n }]],
    ['a declared 64-bit length of 2^53', 1009, [{ opcode: 0x2, declaredLength: 2n ** 53n }]],
  ])('closes a raw client that sends %s with %i, and only that one', async (_label, code, frames) => {
    const bystander = await TestSocket.open(server.ws);
    const raw = await rawWebsocket(server.ws);
    for (const frame of frames) raw.send(frame);
    expect(await raw.closeCode()).toBe(code);
    raw.socket.destroy();
    const { end } = await askAndCollect(bystander, { id: 'after', question: STEADY_QUESTIONS[0] });
    expect(isGrounded(built.index, end)).toBe(true);
    await bystander.close();
    await expect.poll(() => server.app.websocketServer.clients.size).toBe(0);
  });
});
