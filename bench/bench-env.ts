/**
 * Server settings for the bench. The per-connection websocket token bucket (WS_RATE_PER_SECOND /
 * WS_BURST) and the REST/upgrade limit (RATE_LIMIT_MAX) are raised so the limits do not shape the
 * measurement: every load client connects from 127.0.0.1 and would otherwise share one REST budget.
 * Logging is at `warn` so per-request log lines do not cost server CPU.
 */
export const BENCH_SERVER_ENV = {
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'warn',
  WS_RATE_PER_SECOND: '10000',
  WS_BURST: '10000',
  RATE_LIMIT_MAX: '1000000',
  MAX_CONVERSATIONS: '10000',
  /** Blank means the default embedder, which the bench measures even when the shell sets EMBEDDER. */
  EMBEDDER: '',
} as const;
