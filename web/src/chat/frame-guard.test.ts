import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS as PROTOCOL_MAX, serverFrameSchema, type ServerFrame } from '../../../server/protocol';
import { MAX_QUESTION_CHARS } from './composer';
import { FrameError, isServerFrame, parseServerFrame } from './frame-guard';

const citation = {
  n: 1, passageId: 'p', source: 's.txt', title: 'T', symbol: null, date: null, sectionPath: ['A'], paragraph: '3',
  page: null, quote: 'q', start: 0, end: 1, score: 0.5, ref: 'T — A — ¶ 3',
};
const VALID: ServerFrame[] = [
  { type: 'ready', protocol: 1, documents: 5, passages: 900, embedder: 'use-512' },
  { type: 'answer-start', id: 'a', conversationId: 'c', standaloneQuestion: 'q' },
  // A server that speaks the design document's v1 frames sends no reading.
  { type: 'answer-start', id: 'a', conversationId: 'c' },
  { type: 'answer-delta', id: 'a', text: 'Some words ' },
  {
    type: 'answer-end', id: 'a', conversationId: 'c', question: 'q', standaloneQuestion: 'q', answer: 'x [1].',
    citations: [citation], abstained: false, timings: { retrieveMs: 1, composeMs: 2, totalMs: 3 },
  },
  {
    type: 'answer-end', id: 'a', conversationId: 'c', question: 'q', standaloneQuestion: 'q', answer: 'no', citations: [],
    abstained: true, related: [{ ...citation, page: 4, symbol: 'MC/1', date: '2001' }], timings: { retrieveMs: 1, composeMs: 2, totalMs: 3 },
  },
  { type: 'excerpts', id: 'a', conversationId: 'c', standaloneQuestion: 'q', excerpts: [citation] },
  { type: 'excerpts', id: 'a', conversationId: 'c', excerpts: [citation] },
  { type: 'reset-done', conversationId: 'c' },
  { type: 'error', id: null, code: 'RATE_LIMITED', message: 'slow down' },
];

/** Every way of breaking one field of a frame: drop it, or give it a value of another type. */
function* mutations(frame: Record<string, unknown>): Generator<[string, unknown]> {
  for (const key of Object.keys(frame)) {
    if (key === 'type') continue;
    const { [key]: _, ...without } = frame;
    yield [`without ${key}`, without];
    for (const bad of [null, 'x', 1.5, true, [], {}, [{ ...citation, n: 'one' }]]) {
      yield [`${key} = ${JSON.stringify(bad)}`, { ...frame, [key]: bad }];
    }
  }
  for (const [key, value] of Object.entries(frame)) {
    if (!Array.isArray(value) || typeof value[0] !== 'object') continue;
    for (const field of Object.keys(citation)) {
      const { [field]: _, ...broken } = value[0] as Record<string, unknown>;
      yield [`${key}[0] without ${field}`, { ...frame, [key]: [broken] }];
    }
  }
}

describe('frame guard', () => {
  it('accepts every valid frame', () => {
    for (const frame of VALID) expect(isServerFrame(frame), frame.type).toBe(true);
  });

  it('agrees with serverFrameSchema on every single-field mutation of every frame', () => {
    let checked = 0;
    for (const frame of VALID) {
      for (const [label, mutated] of mutations(frame as Record<string, unknown>)) {
        expect(isServerFrame(mutated), `${frame.type}: ${label}`).toBe(serverFrameSchema.safeParse(mutated).success);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('rejects unknown types, wrong protocol versions and non-JSON with a FrameError', () => {
    expect(() => parseServerFrame('{"type":"hello"}')).toThrow(FrameError);
    expect(() => parseServerFrame(JSON.stringify({ ...VALID[0], protocol: 2 }))).toThrow(/does not match protocol v1/);
    expect(() => parseServerFrame('not json')).toThrow(/not JSON/);
    expect(() => parseServerFrame(new ArrayBuffer(2))).toThrow(/text frame/);
    expect(parseServerFrame(JSON.stringify(VALID[1]))).toEqual(VALID[1]);
  });

  it('uses the same question limit as the protocol', () => {
    expect(MAX_QUESTION_CHARS).toBe(PROTOCOL_MAX);
  });
});
