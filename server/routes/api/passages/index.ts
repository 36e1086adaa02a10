/** GET /api/passages/:id[?radius] → the passage, its neighbours in document order (itself included), and its document. */
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../errors';
import { parseInput } from '../../../validation';

const paramsSchema = z.object({ id: z.string().min(1).max(256) });
const querySchema = z.object({ radius: z.coerce.number().int().min(0).max(10).default(2) });

export default async function passageRoutes(app: FastifyInstance) {
  app.get('/:id', async (request) => {
    const { id } = parseInput(paramsSchema, request.params, 'BAD_REQUEST');
    const { radius } = parseInput(querySchema, request.query, 'BAD_REQUEST');
    const passage = app.corpus.getPassage(id);
    if (!passage) throw new AppError('PASSAGE_NOT_FOUND', `No passage with id "${id}"`);
    const document = app.corpus.documents.find((d) => d.source === passage.source) ?? null;
    return { passage, neighbours: app.corpus.neighbours(id, radius), document };
  });
}
