/**
 * Configuration: read from the environment once at boot, validated with zod, then passed
 * around typed. Nothing else in the project reads `process.env`.
 */
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A blank variable counts as unset, so `PORT= npm start` falls back to the default. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);

const int = (min: number, max: number, fallback: number) =>
  optional(z.coerce.number().int().min(min).max(max).default(fallback));

const originList = optional(z.string().default('')).transform((raw, ctx) => {
  const origins: string[] = [];
  for (const item of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (item === '*') {
      origins.push(item);
      continue;
    }
    const origin = parseOrigin(item);
    if (!origin) ctx.addIssue({ code: 'custom', message: `"${item}" is not an origin like https://example.org` });
    else origins.push(origin);
  }
  return origins;
});

function parseOrigin(item: string): string | null {
  try {
    const url = new URL(item);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username;
    return bare && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : null;
  } catch {
    return null;
  }
}

export const configSchema = z.object({
  PORT: int(0, 65535, 3000),
  HOST: optional(z.string().default('127.0.0.1')),
  CORPUS_DIR: optional(z.string().default('data/reports')),
  INDEX_DIR: optional(z.string().default('.index')),
  /** Unset → the embedder module's offline default (Universal Sentence Encoder). */
  EMBEDDER: optional(z.string().optional()),
  ALLOWED_ORIGINS: originList,
  RATE_LIMIT_MAX: int(1, 1_000_000, 60),
  RATE_LIMIT_WINDOW_MS: int(1, 86_400_000, 60_000),
  WS_RATE_PER_SECOND: optional(z.coerce.number().positive().max(10_000).default(2)),
  WS_BURST: int(1, 10_000, 10),
  CONVERSATION_TTL_MS: int(1_000, 7 * 86_400_000, 30 * 60_000),
  MAX_CONVERSATIONS: int(1, 1_000_000, 1000),
  MAX_FRAME_BYTES: int(1024, 16 * 1024 * 1024, 65_536),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS).default('info')),
});

export type AppConfig = z.infer<typeof configSchema>;

/** Thrown at boot when a setting is invalid; the message lists every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
  }
}

/**
 * Validates the environment into an `AppConfig`.
 * @example const config = loadConfig(process.env); // only in entry points
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const picked = Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, env[key]]));
  const result = configSchema.safeParse(picked);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
}
