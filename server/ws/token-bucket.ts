/** Per-connection rate limit: `burst` frames at once, refilled at `ratePerSecond`. */
import { performance } from 'node:perf_hooks';

export type TokenBucket = { take(): boolean };

/** @example const bucket = createTokenBucket({ ratePerSecond: 2, burst: 10 }); if (!bucket.take()) reject(); */
export function createTokenBucket(options: { ratePerSecond: number; burst: number; now?: () => number }): TokenBucket {
  const { ratePerSecond, burst, now = () => performance.now() } = options;
  let tokens = burst;
  let last = now();
  return {
    take() {
      const at = now();
      tokens = Math.min(burst, tokens + ((at - last) / 1000) * ratePerSecond);
      last = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
