/** GET /api/documents → `{ documents }`: every document's metadata with its passage count. */
import type { FastifyInstance } from 'fastify';

export default async function documentRoutes(app: FastifyInstance) {
  app.get('/', async () => ({ documents: app.corpus.documents }));
}
