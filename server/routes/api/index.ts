/** The REST API under /api. Group-wide hooks live here: rate limit, then the origin check. */
import type { FastifyInstance } from 'fastify';
import { originGuard } from '../origin-guard';
import askRoutes from './ask';
import documentRoutes from './documents';
import passageRoutes from './passages';
import searchRoutes from './search';

export default async function apiRoutes(app: FastifyInstance) {
  app.addHook('onRequest', app.rateLimit());
  app.addHook('onRequest', originGuard(app.config.ALLOWED_ORIGINS));
  await app.register(askRoutes, { prefix: '/ask' });
  await app.register(searchRoutes, { prefix: '/search' });
  await app.register(passageRoutes, { prefix: '/passages' });
  await app.register(documentRoutes, { prefix: '/documents' });
}
