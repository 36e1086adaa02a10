/** Graceful shutdown: the first SIGINT/SIGTERM closes the app (websockets get 1001); a second one, or a stuck close, exits at once. */
import type { FastifyInstance } from 'fastify';

const FORCE_EXIT_AFTER_MS = 10_000;

export function closeOnSignals(app: FastifyInstance, signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      app.log.warn({ signal }, 'second signal; exiting now');
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, FORCE_EXIT_AFTER_MS).unref();
    app.close().then(
      () => {
        for (const s of signals) process.off(s, onSignal);
        process.exitCode = 0;
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'error while closing');
        process.exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, onSignal);
}
