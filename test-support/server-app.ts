/** Builds the server app over fakes for tests; nothing listens unless the test asks. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app';
import { loadConfig, type AppConfig } from '../server/config';
import { FakeComposer, FakeCorpusIndex, FakeRewriter } from './server-fakes';

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...loadConfig({ LOG_LEVEL: 'silent' }), ...overrides };
}

export type TestApp = { app: FastifyInstance; index: FakeCorpusIndex; composer: FakeComposer; rewriter: FakeRewriter };

export async function buildTestApp(overrides: Partial<AppConfig> = {}, options: { staticRoot?: string | null } = {}): Promise<TestApp> {
  const index = new FakeCorpusIndex();
  const composer = new FakeComposer();
  const rewriter = new FakeRewriter();
  const app = await buildApp({
    config: testConfig(overrides),
    index,
    composer,
    rewriter,
    logger: false,
    staticRoot: options.staticRoot ?? null,
  });
  return { app, index, composer, rewriter };
}

/** Listens on an ephemeral loopback port; returns the ws:// base URL. */
export async function listenForTest(app: FastifyInstance): Promise<{ http: string; ws: string }> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('expected a TCP address');
  return { http: `http://127.0.0.1:${address.port}`, ws: `ws://127.0.0.1:${address.port}/ws` };
}

/**
 * Per-test app lifecycle: `start()` builds an app (optionally listening) and every app started
 * in a test is closed after it. Call once at the top of a test file.
 */
export function useTestApps(afterEachHook: (fn: () => Promise<void>) => void) {
  const started: TestApp[] = [];
  afterEachHook(async () => {
    await Promise.all(started.splice(0).map(({ app }) => app.close()));
  });
  return {
    start: async (...args: Parameters<typeof buildTestApp>) => {
      const built = await buildTestApp(...args);
      started.push(built);
      return built;
    },
    listen: async (...args: Parameters<typeof buildTestApp>) => {
      const built = await buildTestApp(...args);
      started.push(built);
      return { ...built, ...(await listenForTest(built.app)) };
    },
  };
}
