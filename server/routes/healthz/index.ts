/** GET /healthz → `{ status, documents, passages, embedder, builtAt }`; not rate limited, for probes. */
import type { FastifyInstance } from 'fastify';

export default async function healthRoutes(app: FastifyInstance) {
  app.get('/healthz', async () => {
    const { manifest } = app.corpus;
    return {
      status: 'ok' as const,
      documents: app.corpus.documents.length,
      passages: app.corpus.passages.length,
      embedder: manifest.embedder.id,
      builtAt: manifest.builtAt,
    };
  });
}
