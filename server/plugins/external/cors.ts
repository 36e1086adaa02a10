/**
 * CORS for the widget on other sites: same-origin and ALLOWED_ORIGINS get CORS headers, others get none
 * (their browsers then refuse the response; the API routes also answer them 403, see routes/api).
 * @see https://github.com/fastify/fastify-cors
 */
import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import { isOriginAllowed } from '../../origin-policy';

export default fp(
  async (app) => {
    const allowed = app.config.ALLOWED_ORIGINS;
    await app.register(cors, {
      delegator: (request, callback) =>
        callback(null, {
          origin: isOriginAllowed(request.headers.origin, request.headers.host, allowed),
          methods: ['GET', 'POST'],
          allowedHeaders: ['content-type'],
          maxAge: 600,
        }),
    });
  },
  { name: 'cors', dependencies: ['config'] },
);
