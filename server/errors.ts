/**
 * The one registry of client-facing error codes. Every error a client sees is `{ code, message }`
 * with one of these codes; codes are stable and never reused for a different meaning.
 * Each code is documented in server/README.md (checked by errors.test.ts).
 */
export const errorCodes = {
  BAD_JSON: { status: 400, doc: 'The request body or websocket frame is not valid JSON.' },
  BAD_REQUEST: { status: 400, doc: 'A REST body, query or path parameter does not match the schema; the message names the field.' },
  BAD_FRAME: { status: 400, doc: 'A websocket frame is JSON but not a valid protocol v1 frame (missing or wrong fields).' },
  UNKNOWN_TYPE: { status: 400, doc: 'A websocket frame has a `type` that protocol v1 does not define.' },
  BINARY_FRAME: { status: 400, doc: 'A binary websocket frame was sent; protocol v1 frames are JSON text.' },
  EMPTY_QUESTION: { status: 400, doc: 'The question (or search query) is empty after trimming.' },
  QUESTION_TOO_LONG: { status: 400, doc: 'The question (or search query) is over 2000 characters.' },
  BODY_TOO_LARGE: { status: 413, doc: 'A REST request body is over MAX_FRAME_BYTES.' },
  FRAME_TOO_LARGE: { status: 413, doc: 'A websocket frame is over MAX_FRAME_BYTES; the server closes that socket with close code 1009 (no error frame can follow).' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, doc: 'The request body has a content type other than application/json.' },
  RATE_LIMITED: { status: 429, doc: 'Too many requests: REST over RATE_LIMIT_MAX per window (HTTP 429), or websocket frames faster than the per-connection token bucket or over 8 waiting (error frame, connection kept).' },
  ORIGIN_NOT_ALLOWED: { status: 403, doc: 'The Origin header is neither same-origin nor listed in ALLOWED_ORIGINS (REST 403, websocket upgrade refused with 403).' },
  NOT_FOUND: { status: 404, doc: 'No route matches the method and URL.' },
  PASSAGE_NOT_FOUND: { status: 404, doc: 'GET /api/passages/:id names a passage that is not in the index.' },
  INTERNAL: { status: 500, doc: 'An unexpected server error; details are logged, never sent to the client.' },
} as const satisfies Record<string, { status: number; doc: string }>;

export type ErrorCode = keyof typeof errorCodes;

/** The body of every error response and the payload of every websocket `error` frame. */
export type ErrorBody = { code: ErrorCode; message: string };

/**
 * A client-facing error with a stable code. The HTTP status comes from the registry.
 * @example throw new AppError('PASSAGE_NOT_FOUND', `No passage with id "${id}"`);
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.statusCode = errorCodes[code].status;
  }

  static isInstance(value: unknown): value is AppError {
    return value instanceof Error && value.name === 'AppError' && typeof (value as AppError).code === 'string' && (value as AppError).code in errorCodes;
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message };
  }
}

/** Fastify's own error codes that carry a client mistake, mapped onto ours. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_VALIDATION: 'BAD_REQUEST',
};

/** Turns anything thrown into a client-safe AppError; unknown errors become INTERNAL with a generic message. */
export function toAppError(error: unknown): AppError {
  if (AppError.isInstance(error)) return error;
  const fastifyCode = (error as { code?: unknown } | null)?.code;
  if (typeof fastifyCode === 'string' && fastifyCode in fastifyCodes) {
    return new AppError(fastifyCodes[fastifyCode], (error as Error).message, { cause: error });
  }
  return new AppError('INTERNAL', 'Internal server error', { cause: error });
}
