/**
 * Questions go out one at a time, in order, so a follow-up is only sent once the answer it
 * follows is known to the server. Questions asked while offline wait here; one that was in
 * flight when the connection dropped goes back to the front.
 */
import type { AskFrame } from '../../../server/protocol';

export type QueuedAsk<T> = { frame: AskFrame; item: T };

export class AskQueue<T> {
  private waiting: QueuedAsk<T>[] = [];
  private current: QueuedAsk<T> | null = null;

  constructor(private readonly trySend: (frame: AskFrame) => boolean) {}

  get inFlight(): QueuedAsk<T> | null {
    return this.current;
  }

  get queued(): readonly QueuedAsk<T>[] {
    return this.waiting;
  }

  /** Adds an ask; returns 'sent' if it went out now, else 'queued'. */
  enqueue(ask: QueuedAsk<T>): 'sent' | 'queued' {
    this.waiting.push(ask);
    this.pump();
    return this.current === ask ? 'sent' : 'queued';
  }

  /** Sends the next waiting ask if none is in flight; returns the one sent, if any. */
  pump(): QueuedAsk<T> | null {
    if (this.current || !this.waiting.length) return null;
    const next = this.waiting[0];
    if (!this.trySend(next.frame)) return null;
    this.waiting.shift();
    this.current = next;
    return next;
  }

  /** The answer to `id` is complete (or failed); call `pump()` to send the next. */
  settle(id: string): QueuedAsk<T> | null {
    if (this.current?.frame.id !== id) {
      const index = this.waiting.findIndex((a) => a.frame.id === id);
      return index >= 0 ? this.waiting.splice(index, 1)[0] : null;
    }
    const done = this.current;
    this.current = null;
    return done;
  }

  /** The connection dropped: the in-flight ask will be sent again first. */
  requeueInFlight(): QueuedAsk<T> | null {
    const lost = this.current;
    if (lost) this.waiting.unshift(lost);
    this.current = null;
    return lost;
  }

  find(id: string): QueuedAsk<T> | null {
    if (this.current?.frame.id === id) return this.current;
    return this.waiting.find((a) => a.frame.id === id) ?? null;
  }

  clear(): QueuedAsk<T>[] {
    const all = [...(this.current ? [this.current] : []), ...this.waiting];
    this.current = null;
    this.waiting = [];
    return all;
  }
}
