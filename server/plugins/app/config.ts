/** Exposes the validated configuration as `app.config` (loaded once by the entry point). */
import fp from 'fastify-plugin';
import type { AppConfig } from '../../config';

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
  }
}

export default fp(
  async (app, options: { config: AppConfig }) => {
    app.decorate('config', options.config);
  },
  { name: 'config' },
);
