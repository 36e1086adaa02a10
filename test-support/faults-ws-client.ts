/**
 * A websocket client for fault tests that checks every server frame as it arrives (protocol schema, the
 * expected outcome for the frame that caused it) and keeps only counts, so a long fuzz run does not grow
 * the test process's heap.
 */
import WebSocket from 'ws';
import { serverFrameSchema } from '../server/protocol';
import type { Expectation, FuzzFrame } from './faults-frames';

export type FuzzStats = {
  sent: number;
  errorsByCode: Record<string, number>;
  answers: number;
  resets: number;
  closes: Record<number, number>;
  /** Server frames that broke serverFrameSchema. */
  invalid: string[];
  /** Responses that did not match what the frame should get. */
  unexpected: string[];
};

export function emptyStats(): FuzzStats {
  return { sent: 0, errorsByCode: {}, answers: 0, resets: 0, closes: {}, invalid: [], unexpected: [] };
}

const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

export class FuzzSocket {
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly byId = new Map<string, { expect: Expectation; label: string }>();
  /** Id-less errors are sent synchronously in frame order, so they are matched in order. */
  private readonly nullErrors: { codes: readonly string[]; label: string }[] = [];
  private resetsDue = 0;
  private onProgress: (() => void) | null = null;

  /**
   * Asks and resets a socket may have queued on the server before it answers RATE_LIMITED (maxPending is 8).
   * The fuzz stays under it, so every valid frame must be answered.
   */
  static readonly MAX_QUEUED = 6;

  private constructor(
    readonly socket: WebSocket,
    private readonly stats: FuzzStats,
  ) {
    this.closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on('error', () => {}); // the close event carries what matters
    socket.on('message', (data, isBinary) => this.onFrame(data.toString(), isBinary));
  }

  static async open(url: string, stats: FuzzStats): Promise<FuzzSocket> {
    const socket = new WebSocket(url);
    const client = new FuzzSocket(socket, stats);
    await new Promise<void>((resolve, reject) => {
      socket.once('message', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  get outstanding(): number {
    return this.byId.size + this.nullErrors.length + this.resetsDue;
  }

  /** Asks and resets sent but not yet answered. */
  get queued(): number {
    return this.resetsDue + [...this.byId.values()].filter((w) => w.expect.outcome === 'answer').length;
  }

  /** Sends a frame, first waiting (for valid asks and resets) until the server's queue for this socket has room. */
  async send(frame: FuzzFrame): Promise<void> {
    const { outcome } = frame.expect;
    if ((outcome === 'answer' || outcome === 'reset') && this.queued >= FuzzSocket.MAX_QUEUED) await this.drained(FuzzSocket.MAX_QUEUED - 1);
    this.stats.sent++;
    const { expect } = frame;
    if (expect.outcome === 'error' && expect.id === null) this.nullErrors.push({ codes: expect.codes, label: frame.label });
    else if (expect.outcome === 'error' || expect.outcome === 'answer') this.byId.set(expect.id!, { expect, label: frame.label });
    else if (expect.outcome === 'reset') this.resetsDue++;
    if (frame.fragments) {
      const text = String(frame.data);
      const size = Math.ceil(text.length / frame.fragments);
      for (let at = 0; at < text.length; at += size) this.socket.send(text.slice(at, at + size), { fin: at + size >= text.length, binary: false });
    } else {
      this.socket.send(frame.data, { binary: frame.binary ?? false });
    }
  }

  /** Resolves when every frame sent so far got its response; rejects after `timeoutMs`. */
  settled(timeoutMs = 15_000): Promise<void> {
    return this.until(() => this.outstanding === 0, timeoutMs);
  }

  private drained(queued: number, timeoutMs = 15_000): Promise<void> {
    return this.until(() => this.queued <= queued, timeoutMs);
  }

  private until(done: () => boolean, timeoutMs: number): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.onProgress = null;
        const waiting = [...this.byId.values()].map((w) => w.label).concat(this.nullErrors.map((w) => w.label));
        if (this.resetsDue) waiting.push(`${this.resetsDue} × reset`);
        reject(new Error(`${this.outstanding} responses missing: ${waiting.slice(0, 10).join(', ')}`));
      }, timeoutMs);
      this.onProgress = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.onProgress = null;
        resolve();
      };
    });
  }

  private onFrame(raw: string, isBinary: boolean) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    const parsed = serverFrameSchema.safeParse(value);
    if (isBinary || !parsed.success) {
      this.stats.invalid.push(clip(raw));
      return;
    }
    const frame = parsed.data;
    if (frame.type === 'error') this.onError(frame.id, frame.code, frame.message);
    else if (frame.type === 'answer-end' || frame.type === 'excerpts') this.onAnswer(frame.id);
    else if (frame.type === 'reset-done') {
      this.stats.resets++;
      if (this.resetsDue-- <= 0) this.stats.unexpected.push('unexpected reset-done');
    }
    this.onProgress?.();
  }

  private onError(id: string | null, code: string, message: string) {
    this.stats.errorsByCode[code] = (this.stats.errorsByCode[code] ?? 0) + 1;
    if (id === null) {
      const waiting = this.nullErrors.shift();
      if (!waiting) this.stats.unexpected.push(`error ${code} with id null that no frame asked for: ${clip(message)}`);
      else if (!waiting.codes.includes(code)) this.stats.unexpected.push(`${waiting.label}: got ${code} (${clip(message)}), expected ${waiting.codes.join('|')}`);
      return;
    }
    const waiting = this.byId.get(id);
    this.byId.delete(id);
    if (!waiting) return void this.stats.unexpected.push(`error ${code} for unknown id ${clip(id)}`);
    const { expect, label } = waiting;
    if (expect.outcome !== 'error' || !expect.codes.includes(code as never)) this.stats.unexpected.push(`${label}: got ${code} (${clip(message)})`);
  }

  private onAnswer(id: string) {
    const waiting = this.byId.get(id);
    this.byId.delete(id);
    if (waiting?.expect.outcome === 'answer') this.stats.answers++;
    else this.stats.unexpected.push(`${waiting?.label ?? `unknown id ${clip(id)}`}: answered instead of refused`);
  }
}
