import net from 'node:net';

/**
 * Makes every outgoing connection in this process fail and records the attempt, so a test
 * can prove that loading a model never reaches for the network. Call `restore()` afterwards.
 */
export function blockNetwork(): { attempts: string[]; restore(): void } {
  const attempts: string[] = [];
  const originalConnect = net.Socket.prototype.connect;
  const originalFetch = globalThis.fetch;
  net.Socket.prototype.connect = function blockedConnect(this: net.Socket, ...args: unknown[]) {
    const target = args[0] as { host?: string; hostname?: string; port?: number; path?: string } | string | number;
    attempts.push(
      typeof target === 'object' && target !== null
        ? `socket ${target.host ?? target.hostname ?? target.path}:${target.port ?? ''}`
        : `socket ${String(target)}`,
    );
    throw new Error('network access is blocked in this test');
  } as typeof net.Socket.prototype.connect;
  globalThis.fetch = (async (input: unknown) => {
    attempts.push(`fetch ${String(input)}`);
    throw new Error('network access is blocked in this test');
  }) as typeof fetch;
  return {
    attempts,
    restore() {
      net.Socket.prototype.connect = originalConnect;
      globalThis.fetch = originalFetch;
    },
  };
}
