/**
 * The one error handler: every failure leaves as `{ code, message }` with the registry's status.
 * 5xx details are logged with the request context and replaced by a generic message.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, toAppError } from './errors';

const context = (request: FastifyRequest) => ({ method: request.method, url: request.url, params: request.params });

/** Call after the rate-limit plugin (unknown URLs count against the limit) and before any route. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.statusCode >= 500) request.log.error({ err: error, request: context(request) }, 'request failed');
    else request.log.info({ code: appError.code, reason: appError.message, request: context(request) }, 'request rejected');
    return reply.code(appError.statusCode).send(appError.toBody());
  });

  // Rate limited so probing for URLs costs the same as calling the API.
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (request, reply) => {
    const error = new AppError('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`);
    return reply.code(error.statusCode).send(error.toBody());
  });
}
