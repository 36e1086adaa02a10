/**
 * Validates incoming websocket frames against protocol v1 without shipping zod to the browser
 * (zod's namespace import pulls ~440 KB into the bundle). The TYPES still come from
 * server/protocol.ts, and frame-guard.test.ts checks this guard agrees with `serverFrameSchema`.
 */
import type { ServerFrame } from '../../../server/protocol';

export class FrameError extends Error {
  override readonly name = 'FrameError';
  readonly code = 'BAD_SERVER_FRAME';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

type Check = (value: unknown) => boolean;

const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const int: Check = (v) => Number.isInteger(v);
const bool: Check = (v) => typeof v === 'boolean';
const nullable = (check: Check): Check => (v) => v === null || check(v);
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const array = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const literal = (value: unknown): Check => (v) => v === value;
const object = (shape: Record<string, Check>): Check => (v) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) &&
  Object.entries(shape).every(([key, check]) => check((v as Record<string, unknown>)[key]));

const citation = object({
  n: int, passageId: str, source: str, title: str, symbol: nullable(str), date: nullable(str),
  sectionPath: array(str), paragraph: nullable(str), page: nullable(int), quote: str,
  start: int, end: int, score: num, ref: str,
});

const frames: Record<ServerFrame['type'], Check> = {
  ready: object({ protocol: literal(1), documents: int, passages: int, embedder: str }),
  'answer-start': object({ id: str, conversationId: str, standaloneQuestion: optional(str) }),
  'answer-delta': object({ id: str, text: str }),
  'answer-end': object({
    id: str, conversationId: str, question: str, standaloneQuestion: str, answer: str,
    citations: array(citation), abstained: bool, related: optional(array(citation)),
    timings: object({ retrieveMs: num, composeMs: num, totalMs: num }),
  }),
  excerpts: object({ id: str, conversationId: str, standaloneQuestion: optional(str), excerpts: array(citation) }),
  'reset-done': object({ conversationId: str }),
  error: object({ id: nullable(str), code: str, message: str }),
};

export function isServerFrame(value: unknown): value is ServerFrame {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(frames, type) && frames[type as ServerFrame['type']](value);
}

export function parseServerFrame(raw: unknown): ServerFrame {
  if (typeof raw !== 'string') throw new FrameError('Expected a text frame');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (cause) {
    throw new FrameError('Frame is not JSON', { cause });
  }
  if (!isServerFrame(data)) {
    const type = typeof data === 'object' && data !== null ? String((data as { type?: unknown }).type) : typeof data;
    throw new FrameError(`Frame of type "${type}" does not match protocol v1`);
  }
  return data;
}
