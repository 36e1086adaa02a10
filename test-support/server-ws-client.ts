/**
 * A real `ws` client for server tests: every frame the server sends is validated against
 * `serverFrameSchema` (a schema violation fails the test) and queued for `next()`.
 */
import WebSocket from 'ws';
import { serverFrameSchema, type ServerFrame } from '../server/protocol';

export type ClosedEvent = { code: number; reason: string };

export class TestSocket {
  readonly frames: ServerFrame[] = [];
  readonly invalid: unknown[] = [];
  closed: Promise<ClosedEvent>;
  private waiters: { predicate: (f: ServerFrame) => boolean; resolve: (f: ServerFrame) => void }[] = [];
  private cursor = 0;

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on('message', (data) => {
      const parsed = serverFrameSchema.safeParse(JSON.parse(data.toString()));
      if (!parsed.success) {
        this.invalid.push({ data: data.toString(), issues: parsed.error.issues });
        return;
      }
      this.frames.push(parsed.data);
      this.flush();
    });
  }

  /** Opens a socket and waits for the `ready` frame. */
  static async open(url: string, options: WebSocket.ClientOptions = {}): Promise<TestSocket> {
    const socket = new WebSocket(url, options);
    const client = new TestSocket(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    await client.next((f) => f.type === 'ready');
    return client;
  }

  /** Resolves with the first not-yet-consumed frame matching `predicate` (frames before it are consumed too). */
  next(predicate: (frame: ServerFrame) => boolean = () => true, timeoutMs = 5000): Promise<ServerFrame> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames.slice(this.cursor))}`)), timeoutMs);
      this.waiters.push({ predicate, resolve: (f) => (clearTimeout(timer), resolve(f)) });
      this.flush();
    });
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  async close(): Promise<ClosedEvent> {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.close(1000);
    return this.closed;
  }

  private flush() {
    while (this.waiters.length) {
      const waiter = this.waiters[0];
      const at = this.frames.findIndex((f, i) => i >= this.cursor && waiter.predicate(f));
      if (at < 0) return;
      this.cursor = at + 1;
      this.waiters.shift();
      waiter.resolve(this.frames[at]);
    }
  }
}

/** Tries an upgrade that should be refused; resolves with the HTTP status and JSON body. */
export function refusedUpgrade(url: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => reject(new Error('upgrade was accepted')));
    socket.once('error', () => {});
    socket.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: body ? JSON.parse(body) : null }));
    });
  });
}

type Frame<T extends ServerFrame['type']> = Extract<ServerFrame, { type: T }>;

/** Sends an ask and collects its stream up to answer-end; an error frame for it rejects. */
export async function askAndCollect(socket: TestSocket, frame: { id: string; question: string } & Record<string, unknown>) {
  const { id } = frame;
  socket.send({ type: 'ask', ...frame });
  const start = (await socket.next((f) => f.type === 'answer-start' && f.id === id)) as Frame<'answer-start'>;
  const deltas: string[] = [];
  for (;;) {
    const next = await socket.next((f) => (f.type === 'answer-delta' || f.type === 'answer-end' || f.type === 'error') && f.id === id);
    if (next.type === 'answer-delta') deltas.push(next.text);
    else if (next.type === 'answer-end') return { start, deltas, end: next };
    else throw new Error(`error frame ${JSON.stringify(next)}`);
  }
}

/** Opens sockets for one test and closes them after it, checking every frame they got was schema-valid. */
export function useTestSockets(afterEachHook: (fn: () => Promise<void>) => void) {
  const opened: TestSocket[] = [];
  afterEachHook(async () => {
    const sockets = opened.splice(0);
    await Promise.all(sockets.map((s) => s.close()));
    const invalid = sockets.flatMap((s) => s.invalid);
    if (invalid.length) throw new Error(`server frames that break serverFrameSchema: ${JSON.stringify(invalid)}`);
  });
  return async (url: string, options?: WebSocket.ClientOptions) => {
    const socket = await TestSocket.open(url, options);
    opened.push(socket);
    return socket;
  };
}
