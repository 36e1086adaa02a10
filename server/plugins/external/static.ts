/**
 * Serves the built web client (`web/dist`) at `/` when it exists. `wildcard: false` registers one
 * route per file found at boot, so API routes always win and unknown paths reach our 404 handler.
 * @see https://github.com/fastify/fastify-static
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

export default fp(
  async (app, options: { root: string | null }) => {
    if (!options.root || !existsSync(options.root)) {
      app.log.info({ root: options.root }, 'no built web client; static serving off');
      return;
    }
    await app.register(fastifyStatic, { root: options.root, wildcard: false, index: 'index.html' });
  },
  { name: 'static' },
);
