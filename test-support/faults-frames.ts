/**
 * Deterministic random and malformed websocket frames, each with what the server must do about it:
 * answer with an error frame (with the frame's id when it has a usable one, else null), answer the ask
 * (a well-formed ask hidden in the junk), confirm a reset, or close the socket with a given code.
 */
import type { ErrorCode } from '../server/errors';
import { seededRandom } from '../vectors/seeded-random';

export type Expectation =
  | { outcome: 'error'; id: string | null; codes: readonly ErrorCode[] }
  /** A valid ask: answer-end. */
  | { outcome: 'answer'; id: string }
  | { outcome: 'reset' }
  | { outcome: 'close'; code: number };

export type FuzzFrame = { label: string; data: string | Buffer; binary?: boolean; fragments?: number; expect: Expectation };

const JUNK_JSON = ['', ' ', '{', '}', '{"type":"ask",', "{'type':'ask'}", '{"type":"ask","id":"x",}', 'undefined', 'NaN', '{"a":01}', '[1,2', '"unterminated', '\u0000', '{"type":"ask"}}'];
const NON_OBJECTS = ['[1,2]', '"ask"', '42', 'null', 'true', '[]', '[{"type":"ask","id":"a","question":"q"}]', '-0', '1e400'];
const BAD_TYPES = [42, null, true, [], {}, 'ASK', 'ask ', 'subscribe', '__proto__', 'constructor', 'answer-end', ''];
const WRONG_QUESTIONS: unknown[] = [42, null, [], {}, true, ['What is IOM?'], { text: 'What is IOM?' }];
const WRONG_KS: unknown[] = ['5', 5.5, 0, -1, 51, 1e308, null, [], Number.MAX_SAFE_INTEGER];
const WRONG_MODES: unknown[] = ['poem', 1, null, 'ANSWER', ['answer']];
const WRONG_IDS: unknown[] = [42, '', 'x'.repeat(129), null, [], { id: 'x' }];
const UNICODE_JUNK = ['\ud800', '\udfff\ud800', '\u202e\u202d', '\u200b\u200c\u200d\ufeff', '🙂🚀💥', '\u0000\u0001\u001f', 'e\u0301\u0301\u0301', '𝔐𝔦𝔤𝔯𝔞𝔱𝔦𝔬𝔫', '\uffff\ufffe'];
const QUESTIONS = ['What is the Berne Initiative?', 'labour migration', 'How many migrants were there?', 'And in 2008?'];

export type FrameGenerator = { next(): FuzzFrame; readonly produced: number };

/**
 * @param maxFrameBytes the server's MAX_FRAME_BYTES: frames above it must close the socket with 1009.
 * @param closeEvery on average one frame in this many is one the server answers by closing the socket.
 */
export function createFrameGenerator(options: { seed: number; maxFrameBytes: number; closeEvery: number }): FrameGenerator {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const { maxFrameBytes } = options;
  let n = 0;
  const id = () => `f${n}`;
  const error = (frameId: string | null, ...codes: ErrorCode[]): Expectation => ({ outcome: 'error', id: frameId, codes });
  const json = (label: string, value: unknown, expect: Expectation): FuzzFrame => ({ label, data: JSON.stringify(value), expect });
  const nested = (depth: number, open: string, close: string, inner = '0') => open.repeat(depth) + inner + close.repeat(depth);

  const closing: (() => FuzzFrame)[] = [
    () => {
      // One byte over the limit: the exact boundary.
      const base = JSON.stringify({ type: 'ask', id: id(), question: 'q', pad: '' });
      return { label: 'limit + 1 byte', data: base.replace('"pad":""', `"pad":"${'x'.repeat(maxFrameBytes + 1 - base.length)}"`), expect: { outcome: 'close', code: 1009 } };
    },
    () => ({ label: '~100 KB frame', data: JSON.stringify({ type: 'ask', id: id(), question: 'y'.repeat(100_000) }), expect: { outcome: 'close', code: 1009 } }),
    () => ({ label: '1 MB binary frame', data: Buffer.alloc(1024 * 1024, 0x7b), binary: true, expect: { outcome: 'close', code: 1009 } }),
    () => ({ label: 'oversized message in fragments', data: 'z'.repeat(maxFrameBytes + 4096), fragments: 4, expect: { outcome: 'close', code: 1009 } }),
    () => ({ label: 'invalid UTF-8 in a text frame', data: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]), binary: false, expect: { outcome: 'close', code: 1007 } }),
  ];

  const answered: (() => FuzzFrame)[] = [
    () => json('valid ask', { type: 'ask', id: id(), question: pick(QUESTIONS) }, { outcome: 'answer', id: id() }),
    () => json('valid ask, unicode junk question', { type: 'ask', id: id(), question: `${pick(QUESTIONS)} ${pick(UNICODE_JUNK)}${pick(UNICODE_JUNK)}` }, { outcome: 'answer', id: id() }),
    () => {
      const frameId = `${id()}-${pick(UNICODE_JUNK)}`;
      return json('valid ask, unicode junk id', { type: 'ask', id: frameId, question: pick(QUESTIONS) }, { outcome: 'answer', id: frameId });
    },
    () => json('valid ask with 50 KB of unknown fields', { type: 'ask', id: id(), question: pick(QUESTIONS), pad: 'p'.repeat(50_000) }, { outcome: 'answer', id: id() }),
    () => ({
      label: 'valid ask carrying deep nesting in an unknown field',
      data: `{"type":"ask","id":"${id()}","question":"${pick(QUESTIONS)}","deep":${nested(20_000, '[', ']')}}`,
      expect: { outcome: 'answer', id: id() },
    }),
    () => ({
      label: 'prototype pollution attempt',
      data: `{"type":"ask","id":"${id()}","question":"labour migration","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`,
      expect: { outcome: 'answer', id: id() },
    }),
    () => json('valid reset', { type: 'reset', conversationId: `c-${id()}` }, { outcome: 'reset' }),
  ];

  const refused: (() => FuzzFrame)[] = [
    () => ({ label: 'bad JSON', data: pick(JUNK_JSON), expect: error(null, 'BAD_JSON') }),
    () => ({ label: 'truncated ask', data: JSON.stringify({ type: 'ask', id: id(), question: 'What is IOM?' }).slice(0, 1 + Math.floor(random() * 40)), expect: error(null, 'BAD_JSON') }),
    () => ({ label: 'random bytes as text', data: Array.from({ length: 1 + Math.floor(random() * 200) }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join(''), expect: error(null, 'BAD_JSON', 'BAD_FRAME') }),
    () => ({ label: 'not an object', data: pick(NON_OBJECTS), expect: error(null, 'BAD_FRAME') }),
    () => {
      const type = pick(BAD_TYPES);
      const expect = typeof type === 'string' ? error(id(), 'UNKNOWN_TYPE') : error(id(), 'BAD_FRAME');
      return json('wrong or unknown type', { type, id: id(), question: 'q' }, expect);
    },
    () => json('ask without id', { type: 'ask', question: pick(QUESTIONS) }, error(null, 'BAD_FRAME')),
    () => {
      const badId = pick(WRONG_IDS);
      return json('ask with a wrong id', { type: 'ask', id: badId, question: pick(QUESTIONS) }, error(null, 'BAD_FRAME'));
    },
    () => json('ask with a wrong question type', { type: 'ask', id: id(), question: pick(WRONG_QUESTIONS) }, error(id(), 'BAD_FRAME')),
    () => json('ask with a blank question', { type: 'ask', id: id(), question: pick(['', ' ', '\n\t ', '\u00a0 \u3000']) }, error(id(), 'EMPTY_QUESTION')),
    () => json('ask with a wrong k', { type: 'ask', id: id(), question: 'q', k: pick(WRONG_KS) }, error(id(), 'BAD_FRAME')),
    () => json('ask with a wrong mode', { type: 'ask', id: id(), question: 'q', mode: pick(WRONG_MODES) }, error(id(), 'BAD_FRAME')),
    () => json('ask with a wrong conversationId', { type: 'ask', id: id(), question: 'q', conversationId: pick([1, '', 'c'.repeat(129), null, {}]) }, error(id(), 'BAD_FRAME')),
    () => json('reset with a wrong conversationId', { type: 'reset', conversationId: pick([1, '', null, [], 'c'.repeat(129)]) }, error(null, 'BAD_FRAME')),
    () => json('question just over 2000 chars', { type: 'ask', id: id(), question: 'q'.repeat(2001 + Math.floor(random() * 100)) }, error(id(), 'QUESTION_TOO_LONG')),
    () => json('question of 60 KB', { type: 'ask', id: id(), question: '\u00e9'.repeat(30_000) }, error(id(), 'QUESTION_TOO_LONG')),
    () => {
      // Exactly at the limit: still accepted by the transport, refused by the protocol.
      const base = JSON.stringify({ type: 'ask', id: id(), question: '' });
      return { label: 'frame of exactly the limit', data: base.replace('"question":""', `"question":"${'w'.repeat(maxFrameBytes - base.length)}"`), expect: error(id(), 'QUESTION_TOO_LONG') };
    },
    () => json('type of 60 KB', { type: 't'.repeat(60_000), id: id() }, error(id(), 'UNKNOWN_TYPE')),
    () => json('id of 60 KB', { type: 'ask', id: 'i'.repeat(60_000), question: 'q' }, error(null, 'BAD_FRAME')),
    () => ({ label: 'deeply nested arrays', data: nested(30_000, '[', ']'), expect: error(null, 'BAD_FRAME') }),
    () => ({ label: 'deeply nested objects', data: nested(8_000, '{"a":', '}', '1'), expect: error(null, 'BAD_FRAME') }),
    () => ({ label: 'deeply nested question', data: `{"type":"ask","id":"${id()}","question":${nested(20_000, '[', ']', '"q"')}}`, expect: error(id(), 'BAD_FRAME') }),
    () => ({ label: 'binary frame', data: Buffer.from(Array.from({ length: 1 + Math.floor(random() * 512) }, () => Math.floor(random() * 256))), binary: true, expect: error(null, 'BINARY_FRAME') }),
    () => ({ label: 'valid ask as binary', data: Buffer.from(JSON.stringify({ type: 'ask', id: id(), question: 'q' })), binary: true, expect: error(null, 'BINARY_FRAME') }),
    () => ({ label: 'unicode junk as text', data: Array.from({ length: 1 + Math.floor(random() * 30) }, () => pick(UNICODE_JUNK)).join(''), expect: error(null, 'BAD_JSON') }),
  ];

  return {
    next() {
      n++;
      const roll = random();
      if (roll < 1 / options.closeEvery) return pick(closing)();
      if (roll < 1 / options.closeEvery + 0.04) return pick(answered)();
      return pick(refused)();
    },
    get produced() {
      return n;
    },
  };
}
