/**
 * One websocket connection speaking protocol v1. Frames of a connection are handled in order
 * (follow-ups must see the turn before them); every problem becomes an `error` frame and the
 * connection stays open. Oversized frames never reach here: ws closes the socket with 1009.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import type { AnswerService } from '../ask/answer-service';
import { AppError, toAppError } from '../errors';
import type { ClientFrame, ServerFrame } from '../protocol';
import { splitIntoDeltas } from './answer-deltas';
import { parseClientFrame, type ParsedFrame } from './client-frame';
import type { TokenBucket } from './token-bucket';

export type ReadyFrame = Extract<ServerFrame, { type: 'ready' }>;

export type SocketSessionOptions = {
  service: AnswerService;
  ready: ReadyFrame;
  bucket: TokenBucket;
  log: FastifyBaseLogger;
  /** Frames accepted but not yet answered; more are refused with RATE_LIMITED. */
  maxPending?: number;
  /** Ping interval; a peer that missed the previous pong is dropped. */
  heartbeatMs?: number;
  wordsPerDelta?: number;
};

/** ws hands text frames over as a Buffer (binaryType "nodebuffer"); decode without copying it first. */
const textOf = (data: RawData): string =>
  Buffer.isBuffer(data) ? data.toString('utf8') : Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data).toString('utf8');

/** Wires one accepted socket; all listeners and timers are released when it closes. */
export function runSocketSession(socket: WebSocket, options: SocketSessionOptions): void {
  const { service, ready, bucket, log, maxPending = 8, heartbeatMs = 30_000, wordsPerDelta = 6 } = options;
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  let alive = true;

  const send = (frame: ServerFrame) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const sendError = (id: string | null, error: AppError) => send({ type: 'error', id, ...error.toBody() });

  async function answer(frame: Extract<ClientFrame, { type: 'ask' }>) {
    const { id, question, conversationId, mode, k } = frame;
    const result = await service.ask({ id, question, conversationId, mode, k });
    if (result.mode === 'excerpts') {
      const { conversationId: cid, standaloneQuestion, excerpts } = result.result;
      return send({ type: 'excerpts', id, conversationId: cid, standaloneQuestion, excerpts });
    }
    const { answer } = result;
    send({ type: 'answer-start', id, conversationId: answer.conversationId, standaloneQuestion: answer.standaloneQuestion });
    // The answer is complete before it streams, so the deltas go out back to back. Yielding to the event
    // loop between them made each answer wait behind every other socket's retrieval once per delta: under
    // 50 concurrent clients that tripled the latency (bench/README.md).
    for (const text of splitIntoDeltas(answer.answer, wordsPerDelta)) send({ type: 'answer-delta', id, text });
    send({ type: 'answer-end', ...answer });
  }

  async function handle(frame: ClientFrame) {
    const id = frame.type === 'ask' ? frame.id : null;
    try {
      if (socket.readyState !== socket.OPEN) return;
      if (frame.type === 'reset') {
        service.reset(frame.conversationId);
        return send({ type: 'reset-done', conversationId: frame.conversationId });
      }
      await answer(frame);
    } catch (error) {
      const appError = toAppError(error);
      if (appError.statusCode >= 500) log.error({ err: error, requestId: id }, 'websocket ask failed');
      sendError(id, appError);
    }
  }

  function onMessage(data: RawData, isBinary: boolean) {
    const parsed: ParsedFrame = isBinary
      ? { ok: false, id: null, error: new AppError('BINARY_FRAME', 'Binary frames are not accepted; send JSON text frames') }
      : parseClientFrame(textOf(data));
    const id = parsed.ok ? (parsed.frame.type === 'ask' ? parsed.frame.id : null) : parsed.id;
    if (!bucket.take()) return sendError(id, new AppError('RATE_LIMITED', 'Too many frames; slow down and retry shortly'));
    if (!parsed.ok) return sendError(id, parsed.error);
    if (pending >= maxPending) return sendError(id, new AppError('RATE_LIMITED', `Too many requests in flight (max ${maxPending})`));
    pending++;
    queue = queue.then(() => handle(parsed.frame)).finally(() => pending--);
  }

  const onPong = () => {
    alive = true;
  };
  const heartbeat = setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, heartbeatMs);
  heartbeat.unref();

  function onClose() {
    clearInterval(heartbeat);
    socket.off('message', onMessage);
    socket.off('pong', onPong);
    socket.off('close', onClose);
  }

  socket.on('message', onMessage);
  socket.on('pong', onPong);
  socket.on('close', onClose);
  send(ready);
}
