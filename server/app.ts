/**
 * Builds the Fastify app (no listen): plugins for third-party wrappers, then app services,
 * then routes. Tests call `buildApp(...)` and `app.inject()`; server/main.ts starts it.
 */
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { CorpusIndex } from '../vectors/corpus-index';
import type { AnswerComposer } from './answer';
import type { AppConfig } from './config';
import { installErrorHandlers } from './error-handler';
import type { FollowUpRewriter } from './follow-up';
import answerServicePlugin from './plugins/app/answer-service';
import configPlugin from './plugins/app/config';
import conversationStorePlugin from './plugins/app/conversation-store';
import corpusPlugin from './plugins/app/corpus';
import corsPlugin from './plugins/external/cors';
import rateLimitPlugin from './plugins/external/rate-limit';
import staticPlugin from './plugins/external/static';
import websocketPlugin from './plugins/external/websocket';
import apiRoutes from './routes/api';
import healthRoutes from './routes/healthz';
import websocketRoutes from './routes/ws';

export const DEFAULT_STATIC_ROOT = path.resolve(import.meta.dirname, '../web/dist');

export type AppDeps = {
  config: AppConfig;
  index: CorpusIndex;
  composer: AnswerComposer;
  rewriter: FollowUpRewriter;
  /** Fastify logger option; defaults to `{ level: config.LOG_LEVEL }`. Tests pass `false`. */
  logger?: FastifyServerOptions['logger'];
  /** Built web client folder served at `/`; null turns static serving off. */
  staticRoot?: string | null;
};

/**
 * @example
 * const app = await buildApp({ config, index, composer: createExtractiveComposer(), rewriter: createFollowUpRewriter() });
 * const res = await app.inject({ method: 'GET', url: '/healthz' });
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logger ?? { level: config.LOG_LEVEL },
    bodyLimit: config.MAX_FRAME_BYTES,
  });
  // The API speaks JSON only; other bodies get 415 UNSUPPORTED_MEDIA_TYPE.
  app.removeContentTypeParser('text/plain');

  await app.register(configPlugin, { config });
  await app.register(corsPlugin);
  await app.register(rateLimitPlugin);
  await app.register(websocketPlugin);
  installErrorHandlers(app);

  await app.register(corpusPlugin, { index: deps.index });
  await app.register(conversationStorePlugin);
  await app.register(answerServicePlugin, { composer: deps.composer, rewriter: deps.rewriter });

  await app.register(healthRoutes);
  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(websocketRoutes);
  await app.register(staticPlugin, { root: deps.staticRoot === undefined ? DEFAULT_STATIC_ROOT : deps.staticRoot });
  return app;
}
