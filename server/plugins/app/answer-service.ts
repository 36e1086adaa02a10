/** The answer service as `app.answerService`, shared by REST and the websocket. */
import fp from 'fastify-plugin';
import type { AnswerComposer } from '../../answer';
import { createAnswerService, type AnswerService } from '../../ask/answer-service';
import type { FollowUpRewriter } from '../../follow-up';

declare module 'fastify' {
  interface FastifyInstance {
    answerService: AnswerService;
  }
}

export default fp(
  async (app, options: { composer: AnswerComposer; rewriter: FollowUpRewriter }) => {
    const { composer, rewriter } = options;
    app.decorate('answerService', createAnswerService({ index: app.corpus, composer, rewriter, conversations: app.conversations }));
  },
  { name: 'answer-service', dependencies: ['corpus', 'conversation-store'] },
);
