/** Exposes the opened corpus index as `app.corpus` (passages, documents, retrieval). */
import fp from 'fastify-plugin';
import type { CorpusIndex } from '../../../vectors/corpus-index';

declare module 'fastify' {
  interface FastifyInstance {
    corpus: CorpusIndex;
  }
}

export default fp(
  async (app, options: { index: CorpusIndex }) => {
    app.decorate('corpus', options.index);
  },
  { name: 'corpus' },
);
