/**
 * Websocket support. `maxPayload` makes ws close a socket that sends a frame over MAX_FRAME_BYTES
 * with code 1009 (only that socket). On shutdown every client is closed with 1001 "going away".
 * @see https://github.com/fastify/fastify-websocket
 */
import websocket from '@fastify/websocket';
import fp from 'fastify-plugin';

export const CLOSE_GOING_AWAY = 1001;
export const CLOSE_INTERNAL_ERROR = 1011;

export default fp(
  async (app) => {
    await app.register(websocket, {
      options: { maxPayload: app.config.MAX_FRAME_BYTES },
      // Socket errors (bad frames, oversized payloads, resets): ws is already closing the socket, so only log.
      errorHandler(error, socket, request) {
        const tooLarge = (error as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
        if (tooLarge) request.log.info({ code: 'FRAME_TOO_LARGE', limit: app.config.MAX_FRAME_BYTES }, 'websocket frame too large; closed with 1009');
        else request.log.info({ err: error }, 'websocket error');
        if (socket.readyState === socket.OPEN) socket.close(CLOSE_INTERNAL_ERROR, 'internal error');
      },
      preClose(done) {
        for (const client of this.websocketServer.clients) client.close(CLOSE_GOING_AWAY, 'server shutting down');
        this.websocketServer.close(() => done());
      },
    });
  },
  { name: 'websocket', dependencies: ['config'] },
);
