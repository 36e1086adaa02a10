/** GET /api/search?q&k[&mode] → `{ results: Citation[] }`: ranked passages, whole passage as quote, no composition. */
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { passageCitation } from '../../../answer';
import { DEFAULT_K } from '../../../ask/answer-service';
import { askFields, MAX_K } from '../../../protocol';
import { parseInput } from '../../../validation';

export const searchQuerySchema = z.object({
  q: askFields.question,
  k: z.coerce.number().int().min(1).max(MAX_K).default(DEFAULT_K),
  mode: z.enum(['hybrid', 'dense', 'lexical']).default('hybrid'),
});

export default async function searchRoutes(app: FastifyInstance) {
  app.get('/', async (request) => {
    const { q, k, mode } = parseInput(searchQuerySchema, request.query, 'BAD_REQUEST');
    const hits = await app.corpus.retrieve(q, { k, mode });
    return { results: hits.map((hit, i) => passageCitation(hit.passage, i + 1, hit.score)) };
  });
}
