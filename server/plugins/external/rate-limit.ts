/**
 * REST rate limit per client IP. Not global: routes opt in with `app.rateLimit()` (the API group,
 * the websocket upgrade and the 404 handler share one counter), so static files and /healthz are free.
 * @see https://github.com/fastify/fastify-rate-limit
 */
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { AppError } from '../../errors';

export default fp(
  async (app) => {
    await app.register(rateLimit, {
      global: false,
      max: app.config.RATE_LIMIT_MAX,
      timeWindow: app.config.RATE_LIMIT_WINDOW_MS,
      errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', `Rate limit exceeded, retry in ${context.after}`),
    });
  },
  { name: 'rate-limit', dependencies: ['config'] },
);
