/**
 * Starts the server: validate config → open (or build) the index → build the app → listen.
 * `npm start`; settings are environment variables (server/README.md).
 */
import type { AddressInfo } from 'node:net';
import { createExtractiveComposer } from './answer';
import { buildApp } from './app';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { createFollowUpRewriter } from './follow-up';
import { openCorpus } from './open-corpus';
import { closeOnSignals } from './shutdown';

async function main(): Promise<number> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 2;
  }

  const index = await openCorpus(config);
  const app = await buildApp({ config, index, composer: createExtractiveComposer(), rewriter: createFollowUpRewriter() });
  closeOnSignals(app);
  await app.listen({ host: config.HOST, port: config.PORT });

  const { port } = app.server.address() as AddressInfo;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  console.log(`Serving ${index.documents.length} documents (${index.passages.length} passages) at http://${host}:${port}`);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Server failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
