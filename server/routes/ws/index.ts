/**
 * GET /ws: websocket protocol v1 (server/protocol.ts). The upgrade is rate limited with the REST
 * counter and origin-checked (403 ORIGIN_NOT_ALLOWED before any handshake); each connection then
 * gets its own token bucket.
 */
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../../protocol';
import { createTokenBucket } from '../../ws/token-bucket';
import { runSocketSession, type ReadyFrame } from '../../ws/socket-session';
import { originGuard } from '../origin-guard';

export default async function websocketRoutes(app: FastifyInstance) {
  const ready: ReadyFrame = {
    type: 'ready',
    protocol: PROTOCOL_VERSION,
    documents: app.corpus.documents.length,
    passages: app.corpus.passages.length,
    embedder: app.corpus.manifest.embedder.id,
  };
  const { WS_RATE_PER_SECOND, WS_BURST, ALLOWED_ORIGINS } = app.config;

  app.get(
    '/ws',
    { websocket: true, onRequest: [app.rateLimit(), originGuard(ALLOWED_ORIGINS)] },
    (socket, request) => {
      runSocketSession(socket, {
        service: app.answerService,
        ready,
        bucket: createTokenBucket({ ratePerSecond: WS_RATE_PER_SECOND, burst: WS_BURST }),
        log: request.log,
      });
    },
  );
}
