/**
 * One websocket to the assistant, kept alive: reconnects with capped exponential backoff and
 * tells a refused origin (upgrade answered 403, while plain HTTP to the server works) apart from
 * an unreachable server, so the UI can say so instead of retrying forever.
 */
import type { ClientFrame, ServerFrame } from '../../../server/protocol';
import { FrameError, parseServerFrame } from './frame-guard';

export type ReadyInfo = Extract<ServerFrame, { type: 'ready' }>;

export type ConnectionState =
  | { kind: 'idle' }
  /** `reconnect`: the client was connected before in this page, so this attempt restores a lost connection. */
  | { kind: 'connecting'; attempt: number; reconnect: boolean }
  | { kind: 'ready'; info: ReadyInfo }
  | { kind: 'offline'; attempt: number; retryAt: number }
  | { kind: 'refused' };

export type ConnectionOptions = {
  /** Base URL of the assistant server, ending with `/`. */
  baseUrl: string;
  onFrame: (frame: ServerFrame) => void;
  onState: (state: ConnectionState) => void;
  /** Consecutive failures before `ready` after which we check whether the origin is refused. */
  refusalProbeAfter?: number;
  backoff?: { initialMs: number; maxMs: number };
  readyTimeoutMs?: number;
};

/** Close code a server may use after accepting the socket to reject the origin (policy violation). */
const POLICY_VIOLATION = 1008;

export class AssistantConnection {
  private socket: WebSocket | null = null;
  private state: ConnectionState = { kind: 'idle' };
  private failuresBeforeReady = 0;
  private wasEverReady = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readyTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private readonly options: Required<ConnectionOptions>;

  constructor(options: ConnectionOptions) {
    this.options = {
      refusalProbeAfter: 2,
      backoff: { initialMs: 500, maxMs: 15_000 },
      readyTimeoutMs: 10_000,
      ...options,
    };
  }

  get current(): ConnectionState {
    return this.state;
  }

  get socketUrl(): string {
    const url = new URL('ws', this.options.baseUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.href;
  }

  connect(): void {
    this.stopped = false;
    if (this.socket || this.state.kind === 'refused') return;
    clearTimeout(this.retryTimer);
    this.setState({ kind: 'connecting', attempt: this.failuresBeforeReady + 1, reconnect: this.wasEverReady });
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.socketUrl);
    } catch {
      this.onLost(false);
      return;
    }
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      this.readyTimer = setTimeout(() => socket.close(4000, 'no ready frame'), this.options.readyTimeoutMs);
    };
    socket.onmessage = (event) => this.onMessage(event.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      clearTimeout(this.readyTimer);
      if (event.code === POLICY_VIOLATION && this.state.kind !== 'ready') {
        this.setState({ kind: 'refused' });
        return;
      }
      this.onLost(opened);
    };
  }

  /** Sends a frame if the connection is ready; returns false otherwise (the caller queues it). */
  send(frame: ClientFrame): boolean {
    if (this.state.kind !== 'ready' || !this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /** Skips the remaining backoff wait and tries now. */
  retryNow(): void {
    if (this.state.kind === 'offline') this.connect();
  }

  close(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.readyTimer);
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'client closed');
    this.setState({ kind: 'idle' });
  }

  private onMessage(data: unknown): void {
    let frame: ServerFrame;
    try {
      frame = parseServerFrame(data);
    } catch (error) {
      if (error instanceof FrameError) console.warn(`[assistant] ${error.message}`);
      return;
    }
    if (frame.type === 'ready') {
      clearTimeout(this.readyTimer);
      this.failuresBeforeReady = 0;
      this.wasEverReady = true;
      this.setState({ kind: 'ready', info: frame });
    }
    this.options.onFrame(frame);
  }

  private onLost(hadOpened: boolean): void {
    if (this.stopped) return;
    const wasReady = this.state.kind === 'ready';
    if (!wasReady) this.failuresBeforeReady += 1;
    const attempt = this.failuresBeforeReady;
    if (!wasReady && !hadOpened && attempt >= this.options.refusalProbeAfter && attempt % this.options.refusalProbeAfter === 0) {
      void this.probeRefusal().then((refused) => {
        if (this.stopped) return;
        if (refused) this.setState({ kind: 'refused' });
        else this.scheduleRetry(attempt);
      });
      return;
    }
    this.scheduleRetry(wasReady ? 0 : attempt);
  }

  private scheduleRetry(attempt: number): void {
    const { initialMs, maxMs } = this.options.backoff;
    const base = attempt === 0 ? initialMs / 2 : Math.min(maxMs, initialMs * 2 ** (attempt - 1));
    const delay = Math.round(base * (0.8 + Math.random() * 0.4));
    this.setState({ kind: 'offline', attempt, retryAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  /**
   * The websocket failed before opening. If the server answers plain HTTP (an opaque no-cors
   * fetch resolves) but will not share it with this origin (a CORS fetch fails), the server is
   * up and refusing this site.
   */
  private async probeRefusal(): Promise<boolean> {
    const health = new URL('healthz', this.options.baseUrl).href;
    try {
      await fetch(health, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
    } catch {
      return false; // unreachable: keep retrying
    }
    try {
      const response = await fetch(health, { mode: 'cors', cache: 'no-store', credentials: 'omit' });
      return response.status === 403;
    } catch {
      return true;
    }
  }

  private setState(state: ConnectionState): void {
    this.state = state;
    this.options.onState(state);
  }
}
