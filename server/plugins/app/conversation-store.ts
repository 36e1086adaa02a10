/** The in-memory conversation store as `app.conversations`, swept for expired entries in the background. */
import fp from 'fastify-plugin';
import { createConversationStore, type ConversationStore } from '../../ask/conversation-store';

declare module 'fastify' {
  interface FastifyInstance {
    conversations: ConversationStore;
  }
}

const SWEEP_EVERY_MS = 60_000;

export default fp(
  async (app) => {
    const store = createConversationStore({
      ttlMs: app.config.CONVERSATION_TTL_MS,
      maxConversations: app.config.MAX_CONVERSATIONS,
    });
    const sweeper = setInterval(() => store.sweep(), Math.min(SWEEP_EVERY_MS, app.config.CONVERSATION_TTL_MS));
    sweeper.unref();
    app.decorate('conversations', store);
    app.addHook('onClose', async () => {
      clearInterval(sweeper);
      store.clear();
    });
  },
  { name: 'conversation-store', dependencies: ['config'] },
);
