/**
 * A lean websocket client for timing: an ask resolves when its `answer-end` arrives (time from send).
 * Frames are only JSON-parsed while timing; every raw frame is kept so `invalidFrames()` can check
 * them against the protocol schema afterwards without adding client work to the measured latency.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { serverFrameSchema } from '../server/protocol';

/**
 * `ms`: send → answer-end. `startMs`: send → answer-start (queueing + retrieve + compose on the server).
 * `serverMs`: the answer's own timings.totalMs (retrieve + compose, no queueing).
 */
export type AskTiming = { ms: number; startMs: number; serverMs: number; conversationId: string; abstained: boolean };

export class AskFailedError extends Error {
  override readonly name = 'AskFailedError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Pending = { sentAt: number; startAt?: number; resolve: (t: AskTiming) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };

export class BenchSocket {
  readonly rawFrames: string[] = [];
  private readonly pending = new Map<string, Pending>();
  private closedWith: string | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.onFrame(data.toString()));
    socket.on('close', (code) => this.failAll(`socket closed with ${code}`));
    socket.on('error', (error) => this.failAll(`socket error: ${error.message}`));
  }

  /** Connects and waits for the server's `ready` frame. */
  static open(url: string, timeoutMs = 10_000): Promise<BenchSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const client = new BenchSocket(socket);
      const timer = setTimeout(() => (socket.terminate(), reject(new AskFailedError('TIMEOUT', 'no ready frame'))), timeoutMs);
      socket.once('error', (error) => (clearTimeout(timer), reject(error)));
      socket.once('message', () => (clearTimeout(timer), resolve(client)));
    });
  }

  ask(frame: { id: string; question: string; conversationId?: string }, timeoutMs = 30_000): Promise<AskTiming> {
    if (this.closedWith) return Promise.reject(new AskFailedError('CLOSED', this.closedWith));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(frame.id);
        reject(new AskFailedError('TIMEOUT', `no answer-end for ${frame.id} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(frame.id, { sentAt: performance.now(), resolve, reject, timer });
      this.socket.send(JSON.stringify({ type: 'ask', ...frame }));
    });
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close(1000);
    });
  }

  /** Frames that break the protocol schema (checked after the run). */
  invalidFrames(): string[] {
    return this.rawFrames.filter((raw) => {
      try {
        return !serverFrameSchema.safeParse(JSON.parse(raw)).success;
      } catch {
        return true;
      }
    });
  }

  private onFrame(raw: string) {
    const at = performance.now();
    this.rawFrames.push(raw);
    let frame: {
      type?: string;
      id?: string;
      code?: string;
      message?: string;
      conversationId?: string;
      abstained?: boolean;
      timings?: { totalMs: number };
    };
    try {
      frame = JSON.parse(raw);
    } catch {
      return;
    }
    const pending = frame.id === undefined ? undefined : this.pending.get(frame.id);
    if (!pending) return;
    if (frame.type === 'answer-start') pending.startAt = at;
    else if (frame.type === 'answer-end') {
      this.settle(frame.id!);
      pending.resolve({
        ms: at - pending.sentAt,
        startMs: (pending.startAt ?? at) - pending.sentAt,
        serverMs: frame.timings?.totalMs ?? Number.NaN,
        conversationId: frame.conversationId!,
        abstained: frame.abstained === true,
      });
    } else if (frame.type === 'error') {
      this.settle(frame.id!);
      pending.reject(new AskFailedError(frame.code ?? 'ERROR', frame.message ?? ''));
    }
  }

  private settle(id: string) {
    clearTimeout(this.pending.get(id)!.timer);
    this.pending.delete(id);
  }

  private failAll(reason: string) {
    this.closedWith ??= reason;
    for (const [id, pending] of this.pending) {
      this.settle(id);
      pending.reject(new AskFailedError('CLOSED', reason));
    }
  }
}
