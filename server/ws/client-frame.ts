/** Parses one websocket text frame into a protocol v1 client frame, or says precisely what is wrong. */
import { AppError, type ErrorCode } from '../errors';
import { clientFrameSchema, requestIdSchema, type ClientFrame } from '../protocol';
import { parseInput } from '../validation';

export type ParsedFrame = { ok: true; frame: ClientFrame } | { ok: false; id: string | null; error: AppError };

const FRAME_TYPES: ReadonlySet<string> = new Set(clientFrameSchema.options.map((option) => option.shape.type.value));

const fail = (id: string | null, code: ErrorCode, message: string): ParsedFrame => ({ ok: false, id, error: new AppError(code, message) });

/** The frame's own id when it has a usable one, so the client can match the error to its request. */
function requestIdOf(value: Record<string, unknown>): string | null {
  const parsed = requestIdSchema.safeParse(value.id);
  return parsed.success ? parsed.data : null;
}

export function parseClientFrame(text: string): ParsedFrame {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(null, 'BAD_JSON', 'Frame is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(null, 'BAD_FRAME', 'Frame must be a JSON object with a "type" field');
  }
  const record = value as Record<string, unknown>;
  const id = requestIdOf(record);
  if (typeof record.type !== 'string') return fail(id, 'BAD_FRAME', 'type is required');
  if (!FRAME_TYPES.has(record.type)) {
    return fail(id, 'UNKNOWN_TYPE', `Unknown frame type "${record.type.slice(0, 40)}"; protocol v1 accepts: ${[...FRAME_TYPES].join(', ')}`);
  }
  try {
    return { ok: true, frame: parseInput(clientFrameSchema, record, 'BAD_FRAME') };
  } catch (error) {
    return { ok: false, id, error: error as AppError };
  }
}
