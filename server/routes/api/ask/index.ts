/** POST /api/ask → an Answer, or `{ id, conversationId, standaloneQuestion, excerpts }` in excerpts mode. */
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { askFields } from '../../../protocol';
import { parseInput } from '../../../validation';

export const askBodySchema = z.object(askFields);

export default async function askRoutes(app: FastifyInstance) {
  app.post('/', async (request) => {
    const body = parseInput(askBodySchema, request.body, 'BAD_REQUEST');
    const result = await app.answerService.ask(body);
    if (result.mode === 'answer') return result.answer;
    const { id, conversationId, standaloneQuestion, excerpts } = result.result;
    return { id, conversationId, standaloneQuestion, excerpts };
  });
}
